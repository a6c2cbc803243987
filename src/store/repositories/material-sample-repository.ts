import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** What a material may carry for applicants: a filled-in sample (示例样本) or a blank form (空白表格). */
export type MaterialFileKind = 'sample' | 'blank_form';

/** Samples and blank forms of materials (migration 0011); the bytes live in the blob store. */
export interface MaterialSampleTable {
  item_code: string;
  material_code: string;
  kind: MaterialFileKind;
  /** The sanitized original name. */
  name: string;
  /** Detected from the content. */
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  /** The admin who uploaded it; null for the demo seed. */
  uploaded_by: string | null;
  created_at: string;
}

/** A material's file as the services see it. */
export interface MaterialSample {
  readonly itemCode: string;
  readonly materialCode: string;
  readonly kind: MaterialFileKind;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
  readonly sha256: string;
  readonly storageKey: string;
  readonly uploadedBy: string | null;
  readonly createdAt: string;
}

function fromRow(row: Selectable<MaterialSampleTable>): MaterialSample {
  return {
    itemCode: row.item_code, materialCode: row.material_code, kind: row.kind, name: row.name, mime: row.mime,
    size: Number(row.size), sha256: row.sha256, storageKey: row.storage_key, uploadedBy: row.uploaded_by, createdAt: row.created_at,
  };
}

/** The file of one kind of one material of an item, if there is one. */
export async function findMaterialSample(db: Db, itemCode: string, materialCode: string, kind: MaterialFileKind): Promise<MaterialSample | null> {
  const row = await db.selectFrom('material_samples').selectAll()
    .where('item_code', '=', itemCode).where('material_code', '=', materialCode).where('kind', '=', kind).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Every material file of an item. */
export async function listMaterialSamples(db: Db, itemCode: string): Promise<MaterialSample[]> {
  const rows = await db.selectFrom('material_samples').selectAll().where('item_code', '=', itemCode)
    .orderBy('material_code').orderBy('kind').execute();
  return rows.map(fromRow);
}

/** Removes the file of one kind of one material (its row; the caller removes the bytes). */
export async function deleteMaterialSample(db: Db, itemCode: string, materialCode: string, kind: MaterialFileKind): Promise<void> {
  await db.deleteFrom('material_samples')
    .where('item_code', '=', itemCode).where('material_code', '=', materialCode).where('kind', '=', kind).execute();
}

/** Records a material's file; the caller has removed any earlier one of the same kind. */
export async function insertMaterialSample(db: Db, sample: MaterialSample): Promise<void> {
  await db.insertInto('material_samples').values({
    item_code: sample.itemCode, material_code: sample.materialCode, kind: sample.kind, name: sample.name, mime: sample.mime,
    size: sample.size, sha256: sample.sha256, storage_key: sample.storageKey, uploaded_by: sample.uploadedBy, created_at: sample.createdAt,
  }).execute();
}
