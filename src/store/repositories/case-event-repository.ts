import type { Kysely } from 'kysely';
import type { CaseEventRow } from '../case-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** One step of a case's timeline. */
export interface CaseEventInput {
  readonly id: string;
  readonly caseId: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly statusFrom: string | null;
  readonly statusTo: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Appends a timeline event, numbered after the case's last (the case row is locked by the caller). */
export async function insertCaseEvent(db: Db, event: CaseEventInput): Promise<void> {
  const last = await db.selectFrom('case_events').select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', event.caseId).executeTakeFirst();
  await db.insertInto('case_events').values({
    id: event.id, case_id: event.caseId, seq: Number(last?.seq ?? 0) + 1, at: event.at, actor_id: event.actorId, action: event.action,
    status_from: event.statusFrom, status_to: event.statusTo, details: JSON.stringify(event.details),
  }).execute();
}

/** A case's timeline in order. */
export function listCaseEvents(db: Db, caseId: string): Promise<CaseEventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

/** Stores a correction notice; the (case, round) key makes a second one in a round impossible. */
export async function insertCorrectionNotice(db: Db, notice: { id: string; caseId: string; round: number; problems: unknown; issuedAt: string; issuedBy: string; supplementDueAt: string }): Promise<void> {
  await db.insertInto('correction_notices').values({
    id: notice.id, case_id: notice.caseId, round: notice.round, problems: JSON.stringify(notice.problems),
    issued_at: notice.issuedAt, issued_by: notice.issuedBy, supplement_due_at: new Date(notice.supplementDueAt).toISOString(),
  }).execute();
}

/** The correction notices of a case, by round. */
export function listCorrectionNotices(db: Db, caseId: string) {
  return db.selectFrom('correction_notices').selectAll().where('case_id', '=', caseId).orderBy('round').execute();
}
