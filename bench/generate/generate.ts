/**
 * Fills an empty Tongban database with a year of a large city (bench/generate-cases.ts is its command line):
 * migrations, the organization and catalog through the product's services, then applicants and cases in bulk
 * (bench/generate/model.ts says what a case looks like). Not generated: timelines, audit events, notifications
 * and finished tasks of closed cases — nothing the supervision queries read.
 */
import { officialCalendar } from '../../src/core/calendar/index.js';
import { idNumberFor } from '../support/bench-item.js';
import type { Ctx } from '../../src/services/context.js';
import { SimulatedClock } from '../../src/services/system/clock.js';
import { createDatabase } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { CaseFactory, type GeneratedCase } from './model.js';
import { Random } from './random.js';
import { writeReference } from './reference.js';
import { postgresSink, sqliteSink, type Row, type Sink } from './sinks.js';

export interface GenerateOptions {
  readonly url: string;
  readonly cases: number;
  /** The moment the data describes (cases received in the 365 days before it). */
  readonly asOf: string;
  readonly seed?: number;
  readonly progress?: (message: string) => void;
}

export interface GenerateSummary {
  readonly cases: number;
  readonly seconds: number;
  /** CPU time of this process (user + system): the machine's other load does not count here. */
  readonly cpuSeconds: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly statuses: Readonly<Record<string, number>>;
  readonly warnings: { readonly red: number; readonly yellow: number };
}

/** The default moment: a Friday morning late in the calendar's last official year. */
export const DEFAULT_AS_OF = '2026-10-30T10:00:00.000+08:00';

const BATCH = 5_000;
const DUMMY_HASH = 'scrypt$32768$8$1$YmVuY2g$YmVuY2htYXJrLWdlbmVyYXRlZC1ub3QtYS1yZWFsLWhhc2g';

function applicantRows(first: number, count: number, random: Random, now: string): { users: Row[]; applicants: Row[]; ids: string[] } {
  const users: Row[] = [];
  const applicants: Row[] = [];
  const ids: string[] = [];
  for (let n = first; n < first + count; n++) {
    const id = random.uuid();
    ids.push(id);
    users.push({
      id, username: `gen-applicant-${n}`, password_hash: DUMMY_HASH, name: `申请人${n}`, kind: 'applicant', department_id: null, roles: '[]',
      active: 1, backup_user_id: null, absence_from: null, absence_to: null, failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
    });
    applicants.push({ user_id: id, type: 'person', id_number: idNumberFor(n), credit_code: null, phone: '13812341234', bad_credit: 0 });
  }
  return { users, applicants, ids };
}

const BULK_TABLES = ['users', 'applicants', 'cases', 'tasks', 'case_suspensions', 'ratings', 'rectifications', 'urges', 'deliveries', 'case_sequences'];

async function openSink(url: string): Promise<Sink> {
  return url.startsWith('sqlite:') ? sqliteSink(url.slice('sqlite:'.length), BULK_TABLES) : postgresSink(url, BULK_TABLES);
}

/** Generates `cases` cases into the (empty) database at `url`. */
export async function generateCases(options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const say = options.progress ?? (() => undefined);
  const random = new Random(options.seed ?? 20_261_030);
  const calendar = officialCalendar();
  const store = createDatabase(options.url);
  let reference;
  try {
    await migrateToLatest(store);
    const existing = await store.db.selectFrom('cases').select('id').limit(1).executeTakeFirst();
    if (existing) throw new Error('the database already holds cases: generate into an empty database');
    // The catalog and organization exist a year before `asOf`, when the first generated case arrives.
    const ctx: Ctx = { store, clock: new SimulatedClock(new Date(Date.parse(options.asOf) - 366 * 86_400_000)), newId: () => random.uuid(), sessionHours: 12, actor: null, ip: null };
    reference = await writeReference(ctx, random);
  } finally {
    await store.close();
  }
  say(`organization and catalog: ${reference.items.length} items published`);
  const sink = await openSink(options.url);
  const rows: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const warnings = { red: 0, yellow: 0 };
  const count = (table: string, n: number) => { rows[table] = (rows[table] ?? 0) + n; };
  try {
    const applicantIds: string[] = [];
    const applicantCount = Math.max(1_000, Math.ceil(options.cases / 4));
    const now = new Date(Date.parse(options.asOf) - 366 * 86_400_000).toISOString();
    for (let first = 0; first < applicantCount; first += BATCH * 4) {
      const batch = applicantRows(first, Math.min(BATCH * 4, applicantCount - first), random, now);
      await sink.write([['users', batch.users], ['applicants', batch.applicants]]);
      applicantIds.push(...batch.ids);
    }
    count('users', applicantCount);
    count('applicants', applicantCount);
    say(`${applicantCount.toLocaleString('en-US')} applicants`);
    const factory = new CaseFactory(reference, calendar, new Date(options.asOf).toISOString(), random, applicantIds, reference.supervisorId, options.cases);
    let reported = 0;
    for (let first = 0; first < options.cases; first += BATCH) {
      const made: GeneratedCase[] = [];
      for (let n = first; n < Math.min(options.cases, first + BATCH); n++) made.push(factory.make(n));
      const tables: [string, Row[]][] = [
        ['cases', made.map((m) => m.row)], ['tasks', made.flatMap((m) => m.tasks)], ['case_suspensions', made.flatMap((m) => m.suspensions)],
        ['ratings', made.flatMap((m) => m.ratings)], ['rectifications', made.flatMap((m) => m.rectifications)], ['urges', made.flatMap((m) => m.urges)],
        ['deliveries', made.flatMap((m) => m.deliveries)],
      ];
      await sink.write(tables);
      for (const [table, list] of tables) count(table, list.length);
      for (const m of made) {
        statuses[m.row.status] = (statuses[m.row.status] ?? 0) + 1;
        if (m.warning !== 'none') warnings[m.warning] += 1;
      }
      const done = first + made.length;
      if (done - reported >= options.cases / 10 || done === options.cases) {
        reported = done;
        const seconds = (performance.now() - started) / 1000;
        say(`${done.toLocaleString('en-US')} cases (${Math.round(done / seconds).toLocaleString('en-US')}/s)`);
      }
    }
    // Daily numbers continue after the generated ones, so a case filed later never reuses a case number.
    const sequences = [...factory.sequences()].map(([key, last]) => ({ region_code: key.slice(0, 6), day: key.slice(6), last }));
    for (let i = 0; i < sequences.length; i += BATCH) await sink.write([['case_sequences', sequences.slice(i, i + BATCH)]]);
  } finally {
    await sink.finish(say);
  }
  const used = process.cpuUsage(cpu);
  return { cases: options.cases, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, rows, statuses, warnings };
}
