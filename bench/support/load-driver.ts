/**
 * The load generator of the intake benchmarks, run as its own process (`node --import tsx load-driver.ts SPEC.json`)
 * so that it does not share an event loop with the server or the bench runner. autocannon sends the
 * applications, cycling through prepared (token, two uploaded files) slots; every 2xx answer's case id is
 * kept, so the runner can check afterwards that each acknowledged case is in the database. Progress goes
 * to stderr, the result as one JSON line to stdout.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { benchForm } from './bench-item.js';

/** One phase of load: for a time, or for a number of requests (a warm-up that also measures the pace). */
export type LoadPhase = { readonly seconds: number } | { readonly requests: number };

/** What the runner asks for. */
export interface LoadSpec {
  /** Base URLs; the connections are split evenly over them (two processes driven side by side). */
  readonly targets: readonly string[];
  readonly path: string;
  readonly itemCode: string;
  readonly connections: number;
  readonly phases: readonly LoadPhase[];
  /** Cycled in order: an applicant's token and two of their uploaded, unattached files. */
  readonly slots: readonly { token: string; files: readonly [string, string] }[];
}

/** What one timed run measured (all targets together). */
export interface LoadSummary {
  readonly requestsPerSecond: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly p50Ms: number;
  /** Mean latency over all targets' answers. */
  readonly meanMs: number;
  /** The highest p99 of the targets: a conservative merge of their histograms. */
  readonly p99Ms: number;
  readonly statusCodes: Record<string, number>;
}

export interface LoadResult {
  readonly phases: readonly LoadSummary[];
  /** Case ids answered with 2xx, in every phase. */
  readonly ids: readonly string[];
  /** How many slots were used: more than the slots given means files were reused (and refused). */
  readonly slotsUsed: number;
}

/** The phase's results; `seconds` is its wall time (autocannon's own duration is whole seconds at best). */
function summarize(results: readonly autocannon.Result[], seconds: number): LoadSummary {
  const statusCodes: Record<string, number> = {};
  for (const r of results) for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = (statusCodes[code] ?? 0) + (stat.count ?? 0);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    requestsPerSecond: sum((r) => r['2xx']) / seconds, ok: sum((r) => r['2xx']), non2xx: sum((r) => r.non2xx), errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts), meanMs: sum((r) => r.latency.mean * r.requests.total) / Math.max(1, sum((r) => r.requests.total)), p50Ms: Math.max(...results.map((r) => r.latency.p50)), p99Ms: Math.max(...results.map((r) => r.latency.p99)), statusCodes,
  };
}

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadSpec;
  const bodies = spec.slots.map((slot, n) => JSON.stringify({
    itemCode: spec.itemCode, form: benchForm(n), materials: [{ code: 'M01', fileId: slot.files[0] }, { code: 'M02', fileId: slot.files[1] }],
  }));
  const ids: string[] = [];
  let next = 0;
  const share = (total: number, t: number) => Math.floor(total / spec.targets.length) + (t < total % spec.targets.length ? 1 : 0);
  const fire = (phase: LoadPhase) => Promise.all(spec.targets.map((target, t) => autocannon({
    url: `${target}${spec.path}`, method: 'POST', timeout: 30, connections: share(spec.connections, t),
    ...('seconds' in phase ? { duration: phase.seconds } : { amount: share(phase.requests, t) }),
    headers: { 'content-type': 'application/json' },
    requests: [{
      setupRequest: (request) => {
        const n = next++ % spec.slots.length;
        return { ...request, body: bodies[n], headers: { ...request.headers, authorization: `Bearer ${spec.slots[n]?.token}` } };
      },
      onResponse: (status, body) => {
        if (status >= 200 && status < 300) ids.push((JSON.parse(body) as { id: string }).id);
      },
    }],
  })));
  const phases: LoadSummary[] = [];
  const ticker = setInterval(() => process.stderr.write(`${ids.length} acknowledged so far\n`), 2_000);
  for (const phase of spec.phases) {
    const started = performance.now();
    const results = await fire(phase);
    const summary = summarize(results, (performance.now() - started) / 1000);
    process.stderr.write(`${'seconds' in phase ? `${phase.seconds} s` : `${phase.requests} requests`}: ${Math.round(summary.requestsPerSecond)} req/s, p99 ${summary.p99Ms} ms\n`);
    phases.push(summary);
  }
  clearInterval(ticker);
  const result: LoadResult = { phases, ids, slotsUsed: next };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`load driver failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
