import type { Readable } from 'node:stream';
import type { Actor } from '../../core/accounts/actor.js';
import { invalidFields } from '../../core/errors.js';
import { FILE_KINDS, sanitizeFileName, type StoredFile } from '../../core/files/index.js';
import { insertFile } from '../../store/repositories/file-repository.js';
import { findUser } from '../../store/repositories/user-repository.js';
import { requireActor, requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { filesSettingsFor } from './files-settings.js';
import { receiveBlob } from './receive-blob.js';

/** One upload as the HTTP layer hands it over: the bytes still streaming, and the form's text fields. */
export interface UploadInput {
  readonly content: Readable;
  readonly fileName: string;
  readonly materialCode?: string | undefined;
  /** Only for a clerk at the window, uploading for a walk-in applicant. */
  readonly applicantId?: string | undefined;
}

const MAX_CODE_LENGTH = 64;

/** The applicant an upload belongs to: the signed-in applicant, or the one a clerk names. */
async function ownerOf(ctx: Ctx, actor: Actor, applicantId: string | undefined): Promise<string> {
  if (actor.kind === 'applicant') {
    if (applicantId !== undefined && applicantId !== actor.userId) throw invalidFields([{ field: 'applicantId', code: 'invalid' }]);
    return actor.userId;
  }
  requireRole(actor, 'clerk');
  if (!applicantId) throw invalidFields([{ field: 'applicantId', code: 'required' }]);
  const applicant = await findUser(ctx.store.db, applicantId);
  if (!applicant || applicant.kind !== 'applicant' || !applicant.active) throw invalidFields([{ field: 'applicantId', code: 'not_found' }]);
  return applicant.id;
}

/**
 * Receives one material: checks who may upload for whom, streams the bytes to the blob store (size
 * limit, SHA-256, kind by content), then records the file and its audit event in one transaction.
 * A refused or failed upload leaves neither a row nor bytes behind.
 */
export async function uploadFile(ctx: Ctx, input: UploadInput): Promise<StoredFile> {
  const { actor } = ctx;
  requireActor(actor);
  const ownerId = await ownerOf(ctx, actor, input.applicantId);
  const materialCode = input.materialCode?.trim() || null;
  if (materialCode && materialCode.length > MAX_CODE_LENGTH) {
    throw invalidFields([{ field: 'materialCode', code: 'max_length', params: { limit: MAX_CODE_LENGTH } }]);
  }
  const { blobStore, maxBytes, maxMb } = filesSettingsFor(ctx);
  const now = nowIso(ctx);
  const storageKey = `${now.slice(0, 4)}/${now.slice(5, 7)}/${ctx.newId()}`;
  const blob = await receiveBlob(blobStore, storageKey, input.content, { maxBytes, maxMb });
  const file: StoredFile = {
    id: ctx.newId(), ownerId, uploadedBy: actor.userId, name: sanitizeFileName(input.fileName),
    mime: FILE_KINDS[blob.kind].mime, size: blob.size, sha256: blob.sha256, materialCode, caseId: null, storageKey,
    createdAt: now, uploaderRegionCode: actor.kind === 'staff' ? actor.regionCode : null,
  };
  try {
    await inTransaction(ctx, async (trx) => {
      await insertFile(trx, {
        id: file.id, owner_id: ownerId, uploaded_by: file.uploadedBy, name: file.name, mime: file.mime, size: file.size,
        sha256: file.sha256, material_code: materialCode, case_id: null, storage_key: storageKey, created_at: now,
      });
      const { storageKey: _key, uploaderRegionCode: _region, ...after } = file;
      await recordAudit(trx, ctx, { entity: 'file', entityId: file.id, action: 'upload', after });
    });
  } catch (error) {
    await blobStore.delete(storageKey).catch(() => undefined);
    throw error;
  }
  return file;
}
