/**
 * 特别程序告知书. 行政许可法 第四十五条: the time needed for a hearing, tender, auction, inspection,
 * testing, quarantine, appraisal or expert review does not count towards the decision limit, and the
 * agency tells the applicant in writing how long it needs (DOMAIN.md §5: why and for how long).
 */
import { applicationRef, caseFacts, compose, facts, paragraph, salutation } from '../compose.js';
import { formatDate, formatDocumentNo } from '../format.js';
import { SUSPENSION_KINDS } from '../../core/cases/case-suspension.js';
import type { SuspensionNoticeInput } from '../types.js';

/** Renders a suspension notice: which procedure, why, from when and for how long. */
export function renderSuspensionNotice(input: SuspensionNoticeInput): Promise<Buffer> {
  const procedure = SUSPENSION_KINDS.find((k) => k.code === input.suspensionKind)?.zh ?? input.suspensionKind;
  const heading = { title: '特别程序告知书', numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    paragraph(
      sheet,
      `${applicationRef(input)}，本机关已依法受理。因${input.reason}，需要进行${procedure}。根据《中华人民共和国行政许可法》` +
        `第四十五条的规定，${procedure}所需时间不计算在办理期限内。现将有关事项告知如下：`,
    );
    facts(sheet, [
      ...caseFacts(input),
      ['特别程序', procedure],
      ['原因', input.reason],
      ['开始日期', formatDate(input.startDate)],
      ['预计所需时间', input.expectedDays === undefined ? '暂不能确定，确定后另行告知' : `${input.expectedDays}个工作日`],
    ]);
  }, `${procedure}结束后，本机关将继续办理，办理期限自恢复之日起接续计算，并将结果及时告知你。特此告知。`);
}
