/**
 * 延期通知书. 行政许可法 第四十二条: a decision that cannot be made within the limit may be extended, with
 * the approval of the head of the agency (by up to 10 days; 15 for joint handling, approved by the
 * government at that level), and the applicant is told the reason. Who approved is printed.
 */
import { applicationRef, caseFacts, compose, facts, paragraph, salutation } from '../compose.js';
import { formatDate, formatDocumentNo } from '../format.js';
import type { ExtensionNoticeInput } from '../types.js';

/** Renders an extension notice: how many days, why, who approved, and the new due date. */
export function renderExtensionNotice(input: ExtensionNoticeInput): Promise<Buffer> {
  const heading = { title: '延期通知书', numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  const approver = `${input.approvedBy.title}${input.approvedBy.name}`;
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    paragraph(
      sheet,
      `${applicationRef(input)}，因${input.reason}，本机关不能在原定期限${formatDate(input.originalDueDate)}前作出决定。` +
        `经${approver}批准，根据《中华人民共和国行政许可法》第四十二条的规定，办理期限延长${input.extensionDays}个工作日，` +
        `延长后的办结期限为${formatDate(input.newDueDate)}。`,
    );
    facts(sheet, [
      ...caseFacts(input),
      ['延长期限', `${input.extensionDays}个工作日`],
      ['延期理由', input.reason],
      ['原办结期限', formatDate(input.originalDueDate)],
      ['延长后办结期限', formatDate(input.newDueDate)],
      ['批准人', approver],
    ]);
  }, '特此通知。');
}
