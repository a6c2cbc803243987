/** The HTTP calls that prepare a benchmark on a running server: accounts, sessions, uploads, the bench item. */
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../src/services/seed/demo-data.js';
import { BENCH_DEPARTMENT_NAMES, BENCH_ITEM_CODE, benchItem, idNumberFor, type BenchDepartments } from './bench-item.js';

/** One JSON request; throws with the answer unless the status is the expected one. */
export async function call<T = Record<string, unknown>>(base: string, method: string, path: string, options: { token?: string; body?: unknown; expect?: number } = {}): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.body !== undefined && { 'content-type': 'application/json' }), ...(options.token && { authorization: `Bearer ${options.token}` }) },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  if (response.status !== (options.expect ?? 200)) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/** Signs in and returns the bearer token. */
export async function signIn(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  return (await call<{ token: string }>(base, 'POST', '/api/v1/auth/login', { body: { username, password } })).token;
}

/** Runs `work` for 0…count-1 with at most `limit` at once. */
export async function pooled<T>(count: number, limit: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  }));
  return results;
}

/** Registers applicants `bench<first>`… through the API and signs each in; returns their tokens. */
export async function registerApplicants(base: string, first: number, count: number): Promise<string[]> {
  const password = 'bench-Passw0rd';
  return pooled(count, 8, async (i) => {
    const n = first + i;
    const username = `bench${n}`;
    await call(base, 'POST', '/api/v1/applicants', {
      expect: 201, body: { type: 'person', username, password, name: `申请人${n}`, idNumber: idNumberFor(n), phone: '13812341234' },
    });
    return signIn(base, username, password);
  });
}

/** Uploads one material (the given bytes) as the applicant (multipart, as the browser sends it); returns the file id. */
export async function uploadMaterial(base: string, token: string, materialCode: string, bytes: Buffer): Promise<string> {
  const boundary = `----bench-${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="materialCode"\r\n\r\n${materialCode}\r\n`
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${materialCode}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${base}/api/v1/files`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, body,
  });
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Creates and publishes the bench item as the demo admin (departments looked up by their demo names). */
export async function publishBenchItem(base: string): Promise<string> {
  const admin = await signIn(base, 'admin');
  const { departments } = await call<{ departments: { id: string; name: string }[] }>(base, 'GET', '/api/v1/departments', { token: admin });
  const idOf = (name: string) => {
    const found = departments.find((d) => d.name === name);
    if (!found) throw new Error(`demo department ${name} not found`);
    return found.id;
  };
  const ids = Object.fromEntries(Object.entries(BENCH_DEPARTMENT_NAMES).map(([key, name]) => [key, idOf(name)])) as unknown as BenchDepartments;
  await call(base, 'POST', '/api/v1/items', { token: admin, body: benchItem(ids), expect: 201 });
  await call(base, 'POST', `/api/v1/items/${BENCH_ITEM_CODE}/publish`, { token: admin });
  return admin;
}
