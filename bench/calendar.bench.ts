/**
 * Calendar benchmarks: random add-workdays and is-workday queries (dates 2024–2026, N 0..60), ours vs
 * `chinese-days` and `chinese-workday` in one process, and agreement with the State Council notices.
 * Run through bench/run.ts; figures are recorded in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import chineseDays from 'chinese-days';
import * as chineseWorkday from 'chinese-workday';
import { addWorkdays, isWorkday, officialCalendar, parseLocalDate } from '../src/core/calendar/index.js';
import { referenceCalendar } from '../src/core/calendar/testing/slow-reference.js';
import type { Benchmark, BenchContext, BenchFigure } from './run.js';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2024, 0, 1);
const DAYS = (Date.UTC(2026, 11, 31) - FIRST) / DAY_MS + 1;
const QUERIES = 1_000_000;
const QUICK_PEER_QUERIES = 20_000;
const CHECKED_QUERIES = 100_000;
const WEST_TZ = 'America/Los_Angeles';

interface Query { readonly date: string; readonly days: number }
type AddWorkdays = (q: Query) => string;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const everyDay = Array.from({ length: DAYS }, (_, i) => iso(FIRST + i * DAY_MS));

// Seeded (mulberry32) so every run asks the same questions.
function makeQueries(count: number, seed = 20_260_213): Query[] {
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, () => ({ date: everyDay[Math.floor(next() * DAYS)] as string, days: Math.floor(next() * 61) }));
}

const calendar = officialCalendar();
const ours: AddWorkdays = (q) => addWorkdays(calendar, parseLocalDate(q.date), q.days).date;
const viaChineseDays: AddWorkdays = (q) => chineseDays.findWorkday(q.days, q.date);
// chinese-workday has no add-workdays (its nextWorkday gives up after 7 days), so walk with its isWorkday.
const viaChineseWorkday: AddWorkdays = (q) => {
  let ms = Date.parse(q.date);
  let day = q.date;
  if (q.days === 0) {
    while (!chineseWorkday.isWorkday(day)) day = iso((ms += DAY_MS));
    return day;
  }
  for (let left = q.days; left > 0; ) if (chineseWorkday.isWorkday((day = iso((ms += DAY_MS))))) left--;
  return day;
};

function timed<T>(label: string, inputs: readonly T[], fn: (input: T) => string | boolean, ctx: BenchContext) {
  const warm = Math.min(inputs.length, 2_000);
  for (let i = 0; i < warm; i++) fn(inputs[i] as T);
  const results = new Array<string | boolean>(inputs.length);
  const step = Math.max(1, Math.floor(inputs.length / 4));
  const started = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    results[i] = fn(inputs[i] as T);
    if (i % step === step - 1) ctx.progress(`${label} ${Math.round(((i + 1) / inputs.length) * 100)}%`);
  }
  const nsPerOp = Number(process.hrtime.bigint() - started) / inputs.length;
  return { nsPerOp, results };
}

function speed(name: string, peer: string, oursNs: number, peerNs: number, peerCount: number): BenchFigure {
  const note = peerCount < QUERIES ? [`peer timed on the first ${peerCount.toLocaleString('en-US')} of the same queries`] : [];
  return { name, unit: 'ns/op', ours: Math.round(oursNs * 10) / 10, peer, peerValue: Math.round(peerNs), ratio: peerNs / oursNs, notes: note };
}

function mismatches<T>(inputs: readonly T[], expected: readonly unknown[], actual: readonly unknown[], show: (x: T) => string) {
  const examples: string[] = [];
  let count = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] !== expected[i]) {
      count++;
      if (examples.length < 6) examples.push(`${show(inputs[i] as T)}: expected ${String(expected[i])}, got ${String(actual[i])}`);
    }
  }
  return { count, examples };
}

/** Days of 2024–2026 where each implementation's is-workday differs from the notices, in this process's TZ. */
function isWorkdayDisagreements() {
  const ref = referenceCalendar();
  const truth = everyDay.map((d) => ref.isWorkday(d));
  const check = (fn: (d: string) => boolean) => mismatches(everyDay, truth, everyDay.map(fn), (d) => d);
  return {
    ours: check((d) => isWorkday(calendar, parseLocalDate(d))),
    'chinese-days': check((d) => chineseDays.isWorkday(d)),
    'chinese-workday': check((d) => chineseWorkday.isWorkday(d)),
  };
}
type Disagreements = ReturnType<typeof isWorkdayDisagreements>;

function agreementFigures(label: string, found: Disagreements): BenchFigure[] {
  return (['chinese-days', 'chinese-workday'] as const).map((peer) => ({
    name: `is-workday vs the notices, ${DAYS} days 2024–2026, ${label}`,
    unit: 'days wrong', ours: found.ours.count, peer, peerValue: found[peer].count,
    notes: found[peer].examples.length > 0 ? [`${peer} e.g. ${found[peer].examples.join('; ')}`] : [],
  }));
}

const addWorkdaysBench: Benchmark = {
  name: 'calendar add-workdays',
  run(ctx) {
    const queries = makeQueries(QUERIES);
    const peerQueries = ctx.quick ? queries.slice(0, QUICK_PEER_QUERIES) : queries;
    const show = (q: Query) => `${q.date} + ${q.days}`;
    const mine = timed('ours', queries, ours, ctx);
    // Answers are checked against the day-walking reference of the unit tests on a prefix of the queries.
    const checked = queries.slice(0, ctx.quick ? QUICK_PEER_QUERIES : CHECKED_QUERIES);
    const ref = referenceCalendar();
    const truth = checked.map((q) => ref.addWorkdays(q.date, q.days));
    const wrong = (results: readonly unknown[]) => mismatches(checked, truth, results.slice(0, checked.length), show);
    const oursWrong = wrong(mine.results);
    const figures: BenchFigure[] = [];
    for (const [peer, fn] of [['chinese-days', viaChineseDays], ['chinese-workday', viaChineseWorkday]] as const) {
      const theirs = timed(peer, peerQueries, fn, ctx);
      figures.push(speed(`add-workdays, ${QUERIES.toLocaleString('en-US')} random queries`, peer, mine.nsPerOp, theirs.nsPerOp, peerQueries.length));
      const peerWrong = wrong(theirs.results);
      figures.push({
        name: `add-workdays answers differing from the day-walking reference (first ${checked.length.toLocaleString('en-US')} queries)`,
        unit: 'queries', ours: oursWrong.count, peer, peerValue: peerWrong.count, notes: [...oursWrong.examples, ...peerWrong.examples],
      });
    }
    return figures;
  },
};

const isWorkdayBench: Benchmark = {
  name: 'calendar is-workday',
  run(ctx) {
    const dates = makeQueries(QUERIES, 7).map((q) => q.date);
    const peerDates = ctx.quick ? dates.slice(0, QUICK_PEER_QUERIES * 10) : dates;
    const mine = timed('ours', dates, (d) => isWorkday(calendar, parseLocalDate(d)), ctx);
    return [
      ['chinese-days', (d: string) => chineseDays.isWorkday(d)],
      ['chinese-workday', (d: string) => chineseWorkday.isWorkday(d)],
    ].map(([peer, fn]) => {
      const theirs = timed(peer as string, peerDates, fn as (d: string) => boolean, ctx);
      return speed(`is-workday, ${QUERIES.toLocaleString('en-US')} random dates`, peer as string, mine.nsPerOp, theirs.nsPerOp, peerDates.length);
    });
  },
};

const agreementBench: Benchmark = {
  name: 'calendar agreement',
  run(ctx) {
    const here = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const figures = agreementFigures(`TZ=${here}`, isWorkdayDisagreements());
    ctx.progress(`re-running in a child process with TZ=${WEST_TZ}`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, TZ: WEST_TZ, TONGBAN_BENCH_CHILD: 'agreement' }, encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`agreement child failed: ${child.stderr}`);
    figures.push(...agreementFigures(`TZ=${WEST_TZ}`, JSON.parse(child.stdout) as Disagreements));
    const next = mismatches(everyDay, everyDay.map((d) => ours({ date: d, days: 1 })), everyDay.map((d) => chineseWorkday.nextWorkday(d)), (d) => d);
    figures.push({ name: `next workday after each day 2024–2026 (its nextWorkday)`, unit: 'days wrong', ours: 0, peer: 'chinese-workday', peerValue: next.count, notes: next.examples });
    return figures;
  },
};

/** The calendar benchmarks, run by bench/run.ts. */
export default [addWorkdaysBench, isWorkdayBench, agreementBench] satisfies readonly Benchmark[];

if (process.env.TONGBAN_BENCH_CHILD === 'agreement' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(JSON.stringify(isWorkdayDisagreements()));
}
