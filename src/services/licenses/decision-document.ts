/**
 * The decision (准予 / 不予行政许可决定书, 行政许可法 第三十八条) as a case document. A grant names its license
 * and validity; a denial states the deciding approver's reasons and the remedies (行政复议 within 60 days,
 * 行政诉讼 within 6 months). Beside the verification QR, the decision carries the rating page's QR (好差评).
 */
import { formatDate, type DecisionInput, type DocumentNo, type Remedies } from '../../documents/index.js';
import type { Case } from '../../core/cases/case.js';
import { localDateOf } from '../../core/clock/index.js';
import { findLicenseByCase } from '../../store/repositories/license-repository.js';
import { listCaseTasks } from '../../store/repositories/task-repository.js';
import type { Trx } from '../context.js';

/** What every case document shares, as case-documents builds it. */
type Base = Omit<DecisionInput, 'kind' | 'issuedOn' | 'documentNo' | 'acceptedOn' | 'outcome' | 'content' | 'licenseName' | 'licenseNo' | 'reasons' | 'remedies' | 'ratingUrl'>;

// Used only if a denial left no reason on its task (cases concluded before reasons were required).
const GENERAL_REASON = '申请不符合法定条件、标准';

/** The public rating page for a case (好差评, DOMAIN.md §8), opened by the decision's second QR code. */
export function ratingUrl(origin: string, c: Pick<Case, 'caseNo' | 'queryCode'>): string {
  return `${origin}/rate?caseNo=${encodeURIComponent(c.caseNo)}&queryCode=${c.queryCode}`;
}

/** The decision of a concluded case, or null when the case has none yet. */
export async function decisionDocument(
  trx: Trx, c: Case, base: Base, documentNo: (prefix: string, on: string) => DocumentNo, remedies: Remedies, origin: string,
): Promise<DecisionInput | null> {
  if (!c.result || !c.concludedAt || !c.acceptedOn) return null;
  const issuedOn = localDateOf(c.concludedAt);
  const common = { ...base, kind: 'decision' as const, issuedOn, acceptedOn: c.acceptedOn, ratingUrl: ratingUrl(origin, c) };
  if (c.result === 'granted') {
    const license = await findLicenseByCase(trx, c.id);
    const validity = license ? `许可有效期自${formatDate(license.valid_from)}至${formatDate(license.valid_until)}。` : '';
    return {
      ...common, documentNo: documentNo('准许', issuedOn), outcome: 'granted', content: `准予你（单位）从事“${c.itemName}”许可事项。${validity}`,
      ...(license && { licenseName: license.license_type, licenseNo: license.number }),
    };
  }
  const denial = (await listCaseTasks(trx, c.id)).filter((task) => task.decision === 'deny').at(-1);
  const reasons = (denial?.opinion ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  return { ...common, documentNo: documentNo('不许', issuedOn), outcome: 'denied', reasons: reasons.length > 0 ? reasons : [GENERAL_REASON], remedies };
}
