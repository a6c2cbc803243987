import type { DocumentInput } from '../../documents/index.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import { listCorrectionNotices } from '../../store/repositories/case-event-repository.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { inTransaction } from '../context.js';
import { loadItemVersion } from './case-item.js';
import { loadCaseFor } from './change-case.js';
import { decisionDocument } from '../licenses/decision-document.js';
import { clockDocument } from './clock-documents.js';

/** The notices a case can have printed (DOMAIN.md §4, Documents). */
export const CASE_DOCUMENT_KINDS = ['acceptance_notice', 'correction_notice', 'refusal_notice', 'decision', 'suspension_notice', 'extension_notice'] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

// 12345 is the national government service hotline, the supervision line where an item names none.
const SUPERVISION_HOTLINE = '12345';

/**
 * The data of one of a case's notices, for its applicant and staff in reach; 404 when the case has no
 * such notice (not accepted, no correction notice, not refused). The QR code opens the public progress page.
 */
export async function caseDocument(ctx: Ctx, caseId: string, kind: CaseDocumentKind, origin: string): Promise<DocumentInput> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const c = await loadCaseFor(trx, ctx, actor, caseId, { applicant: true, roles: ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver'] });
    const [item, department, region, applicant, notices] = await Promise.all([
      loadItemVersion(trx, c.itemVersionId), findDepartment(trx, c.departmentId), findRegion(trx, c.regionCode),
      findApplicantProfile(trx, c.applicantId), listCorrectionNotices(trx, c.id),
    ]);
    const regionName = region?.name ?? '';
    const base = {
      agency: { name: department?.name ?? regionName },
      verifyUrl: `${origin}/progress?caseNo=${encodeURIComponent(c.caseNo)}&queryCode=${c.queryCode}`,
      applicant: { name: applicant?.name ?? '' }, itemName: c.itemName, caseNo: c.caseNo, submittedAt: c.receivedAt,
    };
    const documentNo = (on: string) => ({ year: Number(on.slice(0, 4)), serial: Number(c.caseNo.slice(-5)) });
    const remedies = { reviewBody: `${regionName}人民政府`, court: `${regionName}人民法院` };
    const materialName = (code: string) => item.content.materials.find((m) => m.code === code)?.name ?? code;
    if (kind === 'acceptance_notice' && c.acceptedAt && c.acceptedOn) {
      return {
        ...base, kind, issuedOn: c.acceptedOn, documentNo: { prefix: '受', ...documentNo(c.acceptedOn) }, acceptedAt: c.acceptedAt,
        promisedDays: c.promisedDays, dueDate: c.dueAt ? localDateOf(c.dueAt) : c.acceptedOn, queryCode: c.queryCode,
        complaintPhone: item.content.complaintPhone ?? item.content.contactPhone ?? SUPERVISION_HOTLINE, supervisionPhone: SUPERVISION_HOTLINE,
        ...(c.deferredMaterials.length > 0 && c.supplyDueAt && {
          deferredMaterials: { names: c.deferredMaterials.map(materialName), dueDate: localDateOf(c.supplyDueAt) },
        }),
      };
    }
    const notice = notices.at(-1);
    if (kind === 'correction_notice' && notice) {
      const issuedOn = localDateOf(notice.issued_at);
      return {
        ...base, kind, issuedOn, documentNo: { prefix: '补', ...documentNo(issuedOn) },
        problems: (JSON.parse(notice.problems) as { materialCode: string; problem: string }[]).map((p) => ({ material: materialName(p.materialCode), problem: p.problem })),
        supplementDays: item.content.correctionDays, dueDate: localDateOf(notice.supplement_due_at),
      };
    }
    if (kind === 'refusal_notice' && c.status === 'refused' && c.closedAt) {
      const issuedOn = localDateOf(c.closedAt);
      return {
        ...base, kind, issuedOn, documentNo: { prefix: '不受', ...documentNo(issuedOn) }, reason: c.refusalReason ?? '',
        remedies,
      };
    }
    const decision = kind === 'decision' ? await decisionDocument(trx, c, base, (prefix, on) => ({ prefix, ...documentNo(on) }), remedies, origin) : null;
    if (decision) return decision;
    const clockNotice = kind === 'suspension_notice' || kind === 'extension_notice'
      ? await clockDocument(trx, c, kind, base, (prefix, on) => ({ prefix, ...documentNo(on) })) : null;
    if (clockNotice) return clockNotice;
    throw new DomainError('request.not_found');
  });
}
