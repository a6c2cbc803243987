import { Readable } from 'node:stream';
import { DomainError } from '../../core/errors.js';
import { FILE_KINDS, sanitizeFileName } from '../../core/files/index.js';
import { findItem, findPublishedVersion, findVersion } from '../../store/repositories/item-repository.js';
import type { ItemRow } from '../../store/repositories/item-tables.js';
import {
  deleteMaterialSample, findMaterialSample, insertMaterialSample, type MaterialFileKind, type MaterialSample,
} from '../../store/repositories/material-sample-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Db, Deps, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { blobStoreFor, filesSettingsFor } from '../files/files-settings.js';
import { receiveBlob, type ReceivedBlob } from '../files/receive-blob.js';
import { manageItem } from './item-access.js';

export type { MaterialFileKind, MaterialSample } from '../../store/repositories/material-sample-repository.js';

/** The files a material may carry: 示例样本 and 空白表格. */
export const MATERIAL_FILE_KINDS = ['sample', 'blank_form'] as const satisfies readonly MaterialFileKind[];

/** Which file: of which kind, for which material of which item. */
export interface MaterialFileTarget {
  readonly code: string;
  readonly materialCode: string;
  readonly kind: MaterialFileKind;
}

type Received = ReceivedBlob & { readonly key: string; readonly name: string };

const describe = (s: MaterialSample) => ({ materialCode: s.materialCode, kind: s.kind, name: s.name, mime: s.mime, size: s.size, sha256: s.sha256 });

/** 404 unless the item's newest or published version lists the material code. */
async function requireMaterial(db: Db, item: ItemRow, materialCode: string): Promise<void> {
  const versions = [await findVersion(db, item.code, item.latest_version), await findPublishedVersion(db, item.code)];
  if (!versions.some((v) => v?.content.materials.some((m) => m.code === materialCode))) throw new DomainError('request.not_found');
}

/** Streams the bytes to the blob store under a new key, with the files service's size limit and kind by content. */
async function receive(deps: Deps, source: Readable, fileName: string): Promise<Received> {
  const { blobStore, maxBytes, maxMb } = filesSettingsFor(deps);
  const now = nowIso(deps);
  const key = `samples/${now.slice(0, 4)}/${now.slice(5, 7)}/${deps.newId()}`;
  return { ...await receiveBlob(blobStore, key, source, { maxBytes, maxMb }), key, name: sanitizeFileName(fileName) };
}

/** Records a received file for the material in the caller's transaction, replacing one of the same kind. */
async function store(trx: Trx, ctx: Ctx, item: ItemRow, target: MaterialFileTarget, file: Received, action?: string) {
  await requireMaterial(trx, item, target.materialCode);
  const replaced = await findMaterialSample(trx, item.code, target.materialCode, target.kind);
  if (replaced) await deleteMaterialSample(trx, item.code, target.materialCode, target.kind);
  const stored: MaterialSample = {
    itemCode: item.code, materialCode: target.materialCode, kind: target.kind, name: file.name, mime: FILE_KINDS[file.kind].mime,
    size: file.size, sha256: file.sha256, storageKey: file.key, uploadedBy: ctx.actor?.userId ?? null, createdAt: nowIso(ctx),
  };
  await insertMaterialSample(trx, stored);
  await recordAudit(trx, ctx, {
    entity: 'item', entityId: item.code, action: action ?? (replaced ? 'replace_material_file' : 'add_material_file'),
    ...(replaced && { before: describe(replaced) }), after: describe(stored),
  });
  return { stored, replaced };
}

/**
 * An admin who manages the item (403 out of reach, 404 unknown item or material) sets a material's sample
 * or blank form. The bytes stream to the blob store first; a refused or failed upload leaves nothing.
 */
export async function putMaterialFile(ctx: Ctx, target: MaterialFileTarget, input: { content: Readable; fileName: string }): Promise<MaterialSample> {
  const { item } = await manageItem(ctx.store.db, ctx, target.code);
  await requireMaterial(ctx.store.db, item, target.materialCode);
  const received = await receive(ctx, input.content, input.fileName);
  const blobs = blobStoreFor(ctx);
  try {
    const { stored, replaced } = await inTransaction(ctx, async (trx) => {
      const managed = await manageItem(trx, ctx, target.code, { lock: true });
      return store(trx, ctx, managed.item, target, received);
    });
    if (replaced) await blobs.delete(replaced.storageKey).catch(() => undefined);
    return stored;
  } catch (error) {
    await blobs.delete(received.key).catch(() => undefined);
    throw error;
  }
}

/** An admin who manages the item removes a material's file (404 when there is none). */
export async function removeMaterialFile(ctx: Ctx, target: MaterialFileTarget): Promise<void> {
  const removed = await inTransaction(ctx, async (trx) => {
    await manageItem(trx, ctx, target.code, { lock: true });
    const found = await findMaterialSample(trx, target.code, target.materialCode, target.kind);
    if (!found) throw new DomainError('request.not_found');
    await deleteMaterialSample(trx, target.code, target.materialCode, target.kind);
    await recordAudit(trx, ctx, { entity: 'item', entityId: target.code, action: 'remove_material_file', before: describe(found) });
    return found;
  });
  await blobStoreFor(ctx).delete(removed.storageKey).catch(() => undefined);
}

/** A material's file for anyone, while the published version lists the material (404 otherwise). */
export async function openMaterialFile(deps: Deps, target: MaterialFileTarget): Promise<{ file: MaterialSample; content: Readable }> {
  const version = await findPublishedVersion(deps.store.db, target.code);
  const listed = version?.content.materials.some((m) => m.code === target.materialCode) ?? false;
  const file = listed ? await findMaterialSample(deps.store.db, target.code, target.materialCode, target.kind) : null;
  if (!file) throw new DomainError('request.not_found');
  return { file, content: await blobStoreFor(deps).get(file.storageKey) };
}

/** Attaches generated bytes to a material in the caller's transaction, without an admin: the demo seed. */
export async function seedMaterialFile(trx: Trx, ctx: Ctx, target: MaterialFileTarget, fileName: string, bytes: Uint8Array): Promise<MaterialSample> {
  const item = await findItem(trx, target.code);
  if (!item) throw new Error(`material file: no item "${target.code}"`);
  const received = await receive(ctx, Readable.from([Buffer.from(bytes)]), fileName);
  return (await store(trx, ctx, item, target, received, 'seed_material_file')).stored;
}
