import { expect } from 'vitest';
import type { TestApp } from './build-app.js';
import { bearer } from './factories.js';
import { application, buildIntakeScene } from './intake-factories.js';

type Scene = Awaited<ReturnType<typeof buildIntakeScene>>;

/** POST and GET as a signed-in user. */
export function requests(t: TestApp) {
  return {
    post: (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload }),
    get: (url: string, token?: string) => t.app.inject({ method: 'GET', url, ...(token && { headers: bearer(token) }) }),
  };
}

/**
 * A case of a fresh intake scene worked to its conclusion through the workflow API (review, then decide),
 * on Monday 2 March 2026 (or later, the simulated clock never goes back); `accept` passes deferred materials (容缺) to the acceptance.
 */
export async function concludedCase(t: TestApp, options: { decision?: 'approve' | 'deny'; opinion?: string; accept?: object; scene?: Scene } = {}) {
  const { post, get } = requests(t);
  const start = new Date('2026-03-02T09:00:00+08:00');
  if (t.clock.now() < start) t.clock.set(start);
  const s = options.scene ?? await buildIntakeScene(t);
  const created = await post('/api/v1/cases', s.applicant.token, application(s.itemCode));
  expect(created.statusCode).toBe(201);
  const caseId = created.json().id as string;
  expect((await post(`/api/v1/cases/${caseId}/accept`, s.clerk.token, options.accept ?? {})).statusCode).toBe(200);
  for (const [token, decision] of [[s.handler.token, 'approve'], [s.approver.token, options.decision ?? 'approve']] as const) {
    const tasks = (await get('/api/v1/tasks?mine=true', token)).json().tasks as { id: string; caseId: string }[];
    const task = tasks.find((candidate) => candidate.caseId === caseId);
    const done = await post(`/api/v1/tasks/${task?.id}/complete`, token, { decision, opinion: options.opinion ?? '同意' });
    expect(done.statusCode).toBe(200);
  }
  return { s, caseId, caseNo: created.json().caseNo as string, queryCode: created.json().queryCode as string };
}
