/**
 * 不予受理通知书. 行政许可法 第三十二条: an application the agency may not take (not a licensing matter,
 * not within its powers) is refused in writing with the reason. As with a denial (第三十八条第二款), the
 * notice states the applicant's remedies: administrative review or an administrative lawsuit.
 */
import { applicationRef, caseFacts, compose, facts, paragraph, remediesText, salutation } from '../compose.js';
import { formatDocumentNo } from '../format.js';
import type { RefusalNoticeInput } from '../types.js';

/** Renders a refusal notice with its reason and the remedies. */
export function renderRefusalNotice(input: RefusalNoticeInput): Promise<Buffer> {
  const heading = { title: '不予受理通知书', numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    paragraph(sheet, `${applicationRef(input)}，经审查，本机关决定不予受理。`);
    facts(sheet, [...caseFacts(input), ['不予受理理由', input.reason]]);
    paragraph(sheet, '根据《中华人民共和国行政许可法》第三十二条的规定，特此告知。');
  }, remediesText(input.remedies, '通知书'));
}
