import { sql, type Kysely } from 'kysely';
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

/**
 * Appends a timeline event, numbered after the case's last (the case row is locked by the caller), in one
 * statement: `insert … select max(seq) + 1`, so an event costs one round trip, not two.
 */
export async function insertCaseEvent(db: Db, event: CaseEventInput): Promise<void> {
  // Every value is text; the casts give PostgreSQL the parameters' types in a select list.
  const text = (value: string | null) => sql<string>`cast(${value} as text)`;
  await db.insertInto('case_events')
    .columns(['id', 'case_id', 'seq', 'at', 'actor_id', 'action', 'status_from', 'status_to', 'details'])
    .expression(db.selectFrom('case_events').where('case_id', '=', event.caseId).select([
      text(event.id).as('id'), text(event.caseId).as('case_id'), sql<number>`coalesce(max(seq), 0) + 1`.as('seq'), text(event.at).as('at'),
      text(event.actorId).as('actor_id'), text(event.action).as('action'), text(event.statusFrom).as('status_from'),
      text(event.statusTo).as('status_to'), text(JSON.stringify(event.details)).as('details'),
    ]))
    .execute();
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
