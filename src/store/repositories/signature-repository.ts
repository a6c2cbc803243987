/** 事后补签: signatures owed for decisions a backup took on an absent principal's behalf (migration 0013). */
import type { Kysely, Selectable } from 'kysely';
import type { CaseReach } from '../../core/cases/access.js';
import type { PendingSignatureTable } from '../case-clock-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** A signature with what a list shows: the case, and who acted for whom. */
export type SignatureListRow = Selectable<PendingSignatureTable> & {
  case_no: string; item_name: string; principal_name: string | null; acted_by_name: string | null;
};

/** A signature with the case fields a reach check needs. */
export type SignatureTargetRow = Selectable<PendingSignatureTable> & { applicant_id: string; region_code: string; department_path: string };

/** Opens a signature owed by the principal. */
export async function insertSignature(db: Db, row: PendingSignatureTable): Promise<void> {
  await db.insertInto('pending_signatures').values({ ...row, acted_at: new Date(row.acted_at).toISOString() }).execute();
}

function signatureQuery(db: Db) {
  return db.selectFrom('pending_signatures')
    .innerJoin('cases', 'cases.id', 'pending_signatures.case_id')
    .innerJoin('departments', 'departments.id', 'cases.department_id')
    .leftJoin('users as principal', 'principal.id', 'pending_signatures.principal_id')
    .leftJoin('users as actor', 'actor.id', 'pending_signatures.acted_by')
    .selectAll('pending_signatures')
    .select(['cases.case_no', 'cases.item_name', 'principal.name as principal_name', 'actor.name as acted_by_name']);
}

/** Signatures of a status owed by `principalId`, or on cases within `reach`, oldest first. */
export function listSignatureRows(db: Db, filter: { principalId: string; reach: CaseReach; status: PendingSignatureTable['status']; limit?: number }): Promise<SignatureListRow[]> {
  const { reach } = filter;
  return signatureQuery(db).where('pending_signatures.status', '=', filter.status)
    .where((eb) => {
      const own = eb('pending_signatures.principal_id', '=', filter.principalId);
      if (reach.kind === 'region') return eb.or([own, eb('cases.region_code', 'like', `${reach.regionPrefix}%`)]);
      if (reach.kind === 'department') return eb.or([own, eb('departments.path', 'like', `${reach.departmentPath}%`)]);
      return own;
    })
    .orderBy('pending_signatures.acted_at').orderBy('pending_signatures.id').limit(filter.limit ?? 200).execute();
}

/** One signature as lists show it. */
export function findSignatureRow(db: Db, id: string): Promise<SignatureListRow | undefined> {
  return signatureQuery(db).where('pending_signatures.id', '=', id).executeTakeFirst();
}

/** One signature with its case's applicant, region and department path. */
export function findSignatureTarget(db: Db, id: string): Promise<SignatureTargetRow | undefined> {
  return db.selectFrom('pending_signatures')
    .innerJoin('cases', 'cases.id', 'pending_signatures.case_id')
    .innerJoin('departments', 'departments.id', 'cases.department_id')
    .selectAll('pending_signatures').select(['cases.applicant_id', 'cases.region_code', 'departments.path as department_path'])
    .where('pending_signatures.id', '=', id).executeTakeFirst();
}

/** Signs a pending signature (compare-and-set on `pending`); false when it was not pending any more. */
export async function markSigned(db: Db, id: string, signedAt: string, opinion: string | null): Promise<boolean> {
  const result = await db.updateTable('pending_signatures').set({ status: 'signed', signed_at: new Date(signedAt).toISOString(), opinion })
    .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Voids the pending signatures of decisions that were withdrawn; returns their ids. */
export async function voidSignatures(db: Db, taskIds: readonly string[]): Promise<string[]> {
  if (taskIds.length === 0) return [];
  const rows = await db.selectFrom('pending_signatures').select('id').where('task_id', 'in', [...taskIds]).where('status', '=', 'pending').execute();
  if (rows.length > 0) await db.updateTable('pending_signatures').set({ status: 'void' }).where('id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => r.id);
}
