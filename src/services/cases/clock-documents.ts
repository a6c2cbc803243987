/**
 * The two notices of the decision clock as case documents (DOMAIN.md §4, §5): the suspension notice
 * (特别程序告知书, 行政许可法 第四十五条: why and for how long) of the case's latest suspension, and the
 * extension notice (延期通知书, 第四十二条: the reason, the new date and who approved).
 */
import type { DocumentNo, ExtensionNoticeInput, SuspensionNoticeInput } from '../../documents/index.js';
import type { Case } from '../../core/cases/case.js';
import type { ExtensionApproval } from '../../core/cases/case-extension.js';
import { localDateOf } from '../../core/clock/index.js';
import { findExtension, listCaseSuspensions, suspensionFromRow } from '../../store/repositories/case-clock-repository.js';
import { findUser } from '../../store/repositories/user-repository.js';
import type { Trx } from '../context.js';

/** What every case document shares, as case-documents builds it. */
type Base = Omit<SuspensionNoticeInput, 'kind' | 'issuedOn' | 'documentNo' | 'suspensionKind' | 'reason' | 'startDate' | 'expectedDays'>;

/** The approver's title printed on the notice, by the level the law names. */
const APPROVER_TITLES: Record<ExtensionApproval, string> = { agency_head: '本机关负责人', government_head: '本级人民政府负责人' };

/** The notice of `kind` for a case, or null when the case has none (never suspended, not extended). */
export async function clockDocument(
  trx: Trx, c: Case, kind: 'suspension_notice' | 'extension_notice', base: Base, documentNo: (prefix: string, on: string) => DocumentNo,
): Promise<SuspensionNoticeInput | ExtensionNoticeInput | null> {
  if (kind === 'suspension_notice') {
    const row = (await listCaseSuspensions(trx, c.id)).at(-1);
    if (!row) return null;
    const s = suspensionFromRow(row);
    return {
      ...base, kind, issuedOn: s.pausedOn, documentNo: documentNo('特', s.pausedOn), suspensionKind: s.kind, reason: s.reason,
      startDate: s.pausedOn, ...(s.expectedWorkdays !== null && { expectedDays: s.expectedWorkdays }),
    };
  }
  const extension = await findExtension(trx, c.id);
  if (!extension) return null;
  const issuedOn = localDateOf(extension.approved_at);
  const approver = await findUser(trx, extension.approved_by);
  return {
    ...base, kind, issuedOn, documentNo: documentNo('延', issuedOn), extensionDays: Number(extension.workdays), reason: extension.reason,
    originalDueDate: localDateOf(extension.original_due_at), newDueDate: localDateOf(extension.new_due_at),
    approvedBy: { title: APPROVER_TITLES[extension.approval as ExtensionApproval], name: approver?.name ?? '' },
  };
}
