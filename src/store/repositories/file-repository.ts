import type { Kysely, Selectable } from 'kysely';
import type { StoredFile } from '../../core/files/index.js';
import type { DialectAdapter } from '../dialects/dialect.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Uploaded materials (migration 0007); the bytes live in the blob store under `storage_key`. */
export interface FileTable {
  id: string;
  /** The applicant the file belongs to. */
  owner_id: string;
  /** Who sent it: the applicant, or the clerk at the window for a walk-in applicant. */
  uploaded_by: string;
  /** The sanitized original name. */
  name: string;
  /** The media type detected from the content. */
  mime: string;
  size: number;
  sha256: string;
  material_code: string | null;
  /** Set by intake when the file is attached to a case. */
  case_id: string | null;
  storage_key: string;
  created_at: string;
}

export type FileRow = Selectable<FileTable>;

/** Inserts a file row. */
export async function insertFile(db: Db, row: FileRow): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

/** One file by id, with the region of the uploader's department (null for applicants' own uploads). */
export async function findFile(db: Db, id: string): Promise<StoredFile | null> {
  const row = await db.selectFrom('files')
    .innerJoin('users', 'users.id', 'files.uploaded_by')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .selectAll('files').select('departments.region_code as uploader_region_code')
    .where('files.id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id, ownerId: row.owner_id, uploadedBy: row.uploaded_by, name: row.name, mime: row.mime,
    size: Number(row.size), sha256: row.sha256, materialCode: row.material_code, caseId: row.case_id,
    storageKey: row.storage_key, createdAt: row.created_at, uploaderRegionCode: row.uploader_region_code,
  };
}

/** The owner and case of files, locked until the transaction ends (intake attaches them). */
export async function lockFilesForAttach(db: Db, dialect: DialectAdapter, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return dialect.forUpdate(db.selectFrom('files').select(['id', 'owner_id', 'case_id']).where('id', 'in', [...ids])).execute();
}

/** Attaches files to a case. */
export async function setFilesCase(db: Db, ids: readonly string[], caseId: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('files').set({ case_id: caseId }).where('id', 'in', [...ids]).execute();
}
