/**
 * Supervision at scale (issue 8 §5): a year of a large city generated into SQLite and PostgreSQL
 * (bench/generate/), then the product's own queries — the red and yellow warning lists of the city
 * (src/store/repositories/supervision-repository.ts, as GET /api/v1/supervision/warnings runs them), the
 * board's counts by department, and the monthly department report of DOMAIN.md §9 (services/statistics) —
 * each beside the naive way (bench/supervision/naive.ts), whose answers must be the same.
 */
import { officialCalendar } from '../src/core/calendar/index.js';
import { spanRange, type DateSpan } from '../src/core/statistics/index.js';
import { figureRows } from '../src/services/statistics/figures.js';
import { createDatabase, type Store } from '../src/store/database.js';
import type { DialectName } from '../src/store/dialects/dialect.js';
import { boardCounts, warningPage } from '../src/store/repositories/supervision-repository.js';
import { DEFAULT_AS_OF, generateCases, type GenerateSummary } from './generate/generate.js';
import { CITY } from './generate/reference.js';
import type { BenchContext, BenchFigure } from './run.js';
import { loadOpenWork, naiveBoard, naiveMonthlyFigures, naiveWarningPage } from './supervision/naive.js';
import { DIALECT_NAMES, perDialect, withBenchDatabase } from './support/databases.js';

const FULL_CASES = 1_000_000;
const QUICK_CASES = 50_000;
const GENERATION_TARGET_S = 300;
const PAGE = 50;
/** The last whole month before the data's moment (2026-10-30). */
const MONTH: DateSpan = { from: '2026-09-01', to: '2026-09-30' } as DateSpan;
const REGION_PREFIX = CITY.slice(0, 4);

/** Runs `fn` once to warm up, then `runs` times; the median and the first (cold) time, in ms. */
async function timed<T>(fn: () => Promise<T>, runs: number): Promise<{ ms: number; coldMs: number; value: T }> {
  let started = performance.now();
  let value = await fn();
  const coldMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    value = await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? coldMs, coldMs, value };
}

const round = (ms: number) => (ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function queryFigure(name: string, ours: { ms: number; coldMs: number }, naive: { ms: number }, targetMs: number, agree: boolean, detail: string): BenchFigure {
  return {
    name, unit: 'ms', ours: round(ours.ms), peer: 'naive (load, compute in JS)', peerValue: round(naive.ms), ratio: naive.ms / ours.ms,
    ratioText: `${(naive.ms / ours.ms).toFixed(1)}× faster than naive`, target: `< ${targetMs.toLocaleString('en-US')} ms`, met: ours.ms < targetMs && agree,
    notes: [`${detail}; first run ${round(ours.coldMs)} ms; answers ${agree ? 'equal to the naive ones' : 'DIFFER from the naive ones'}`],
  };
}

function generationFigure(dialect: DialectName, summary: GenerateSummary, quick: boolean): BenchFigure {
  const inWarning = summary.warnings.red + summary.warnings.yellow;
  const counted = dialect === 'sqlite' && !quick;
  return {
    name: `generate ${summary.cases.toLocaleString('en-US')} cases (a year of a large city), ${DIALECT_NAMES[dialect]}${quick ? ' (quick: smaller dataset)' : ''}`,
    unit: 's', ours: Math.round(summary.seconds), peer: 'target', peerValue: GENERATION_TARGET_S,
    ratioText: `${Math.round(summary.cases / summary.seconds).toLocaleString('en-US')} cases/s, ${Math.round(summary.cpuSeconds)} s CPU in the generator`,
    ...(counted && { target: `< ${GENERATION_TARGET_S} s for 1,000,000 on SQLite`, met: summary.seconds < GENERATION_TARGET_S }),
    notes: [
      `${Object.values(summary.rows).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows; ${inWarning.toLocaleString('en-US')} cases (${((inWarning / summary.cases) * 100).toFixed(1)}%) in yellow or red: ${summary.warnings.red.toLocaleString('en-US')} red, ${summary.warnings.yellow.toLocaleString('en-US')} yellow`,
    ],
  };
}

async function measure(store: Store, label: string, runs: { ours: number; naive: number }, progress: (m: string) => void): Promise<BenchFigure[]> {
  const db = store.db;
  const calendar = officialCalendar();
  const now = new Date(DEFAULT_AS_OF).toISOString();
  const figures: BenchFigure[] = [];
  for (const level of ['red', 'yellow'] as const) {
    progress(`${level} warning list`);
    const filter = { level, now, regionPrefix: REGION_PREFIX, limit: PAGE, offset: 0 };
    const ours = await timed(() => warningPage(db, filter), runs.ours);
    const naive = await timed(async () => naiveWarningPage(calendar, now, await loadOpenWork(db, REGION_PREFIX), level, PAGE), runs.naive);
    const { cases, tasks, totalCases, totalTasks } = ours.value;
    const mine = { cases: cases.map((r) => r.id), tasks: tasks.map((r) => r.id), totalCases, totalTasks };
    figures.push(queryFigure(`${level} warning list of the city, first page (${PAGE} cases + ${PAGE} tasks), ${label}`, ours, naive, 50, same(mine, naive.value),
      `${mine.totalCases.toLocaleString('en-US')} cases and ${mine.totalTasks.toLocaleString('en-US')} tasks ${level}`));
  }
  progress('counts by department');
  const board = await timed(() => boardCounts(db, { now, regionPrefix: REGION_PREFIX }, 'department'), runs.ours);
  const naiveCounts = await timed(async () => naiveBoard(calendar, now, await loadOpenWork(db, REGION_PREFIX)), runs.naive);
  const fromSql = new Map<string, { red: number; yellow: number; taskRed: number; taskYellow: number }>();
  for (const c of board.value.cases) fromSql.set(c.key, { red: c.red, yellow: c.yellow, taskRed: 0, taskYellow: 0 });
  for (const t of board.value.tasks) {
    const line = fromSql.get(t.key) ?? { red: 0, yellow: 0, taskRed: 0, taskYellow: 0 };
    fromSql.set(t.key, { ...line, taskRed: t.red, taskYellow: t.yellow });
  }
  const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));
  figures.push(queryFigure(`red and yellow counts by department (cases and tasks), ${label}`, board, naiveCounts, 200,
    same(sorted(fromSql), sorted(naiveCounts.value)), `${fromSql.size} departments`));
  progress('monthly department report');
  const report = await timed(() => figureRows(db, calendar, MONTH, { regionPrefix: REGION_PREFIX }, 'department'), runs.ours);
  const naiveReport = await timed(() => naiveMonthlyFigures(db, calendar, spanRange(MONTH), REGION_PREFIX), runs.naive);
  const key = (f: { received: number; accepted: number; concluded: number; onTime: number; workdays: number; urged: number; ratings: number }) =>
    [f.received, f.accepted, f.concluded, f.onTime, f.workdays, f.urged, f.ratings];
  const ours = report.value.rows.filter((r) => r.key !== null).map((r) => [r.key, key(r)]).sort();
  const theirs = [...naiveReport.value].map(([id, f]) => [id, key(f)]).sort();
  figures.push(queryFigure(`monthly department report (DOMAIN.md §9, ${MONTH.from.slice(0, 7)}), ${label}`, report, naiveReport, 1_000, same(ours, theirs),
    `${report.value.rows.length} departments; ${report.value.total.received.toLocaleString('en-US')} received, ${report.value.total.concluded.toLocaleString('en-US')} concluded`));
  return figures;
}

function supervisionOn(dialect: DialectName, ctx: BenchContext): Promise<BenchFigure[]> {
  const cases = ctx.quick ? QUICK_CASES : FULL_CASES;
  return withBenchDatabase(dialect, 'supervision', async (db) => {
    ctx.progress(`generating ${cases.toLocaleString('en-US')} cases`);
    const summary = await generateCases({ url: db.url, cases, asOf: DEFAULT_AS_OF, progress: ctx.progress });
    const store = createDatabase(db.url);
    try {
      const label = `${(cases / 1000).toLocaleString('en-US')}k cases, ${DIALECT_NAMES[dialect]}`;
      return [generationFigure(dialect, summary, ctx.quick), ...await measure(store, label, ctx.quick ? { ours: 3, naive: 1 } : { ours: 5, naive: 1 }, ctx.progress)];
    } finally {
      await store.close();
    }
  });
}

/** The supervision benchmark, run by bench/run.ts. */
export default [perDialect('supervision at scale', supervisionOn)];
