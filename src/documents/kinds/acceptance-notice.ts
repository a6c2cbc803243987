/**
 * 受理通知书. 行政许可法 第三十二条第一款第五项: an application whose materials are complete and in legal
 * form is accepted; 第二款: with a written notice bearing the agency's seal and the date. DOMAIN.md §4 adds what it
 * states: the applicant, the item, the time of acceptance, the promised limit, the agency, and the
 * complaint and supervision phones.
 */
import { applicationRef, caseFacts, compose, facts, paragraph, salutation, workdaysUntil } from '../compose.js';
import { formatDate, formatDocumentNo, formatInstant } from '../format.js';
import type { AcceptanceNoticeInput } from '../types.js';

/** Renders an acceptance notice. */
export function renderAcceptanceNotice(input: AcceptanceNoticeInput): Promise<Buffer> {
  const instant = input.promisedDays === 0;
  const limit = instant ? '即办件，当场办结' : workdaysUntil(input.promisedDays, input.dueDate);
  const heading = { title: '受理通知书', numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    paragraph(
      sheet,
      `${applicationRef(input)}，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》` +
        '第三十二条第一款第（五）项的规定，本机关决定予以受理。',
    );
    facts(sheet, [
      ...caseFacts(input),
      ...(input.queryCode ? [['查询码', input.queryCode] as [string, string]] : []),
      ['受理时间', formatInstant(input.acceptedAt)],
      ['承诺办理时限', limit],
      ['受理机关', input.agency.name],
      ['投诉电话', input.complaintPhone],
      ['监督电话', input.supervisionPhone],
    ]);
    // 行政许可法 第四十二条、第四十五条: the limit counts workdays; special procedures are not counted.
    paragraph(
      sheet,
      instant
        ? '本事项为即办件，本机关将当场作出决定。'
        : `本机关将于受理之日起${input.promisedDays}个工作日内，即${formatDate(input.dueDate)}前作出决定，` +
            '法定节假日不计算在内。依法需要听证、检验、检测、鉴定、专家评审等的，所需时间不计算在上述期限内，本机关将另行书面告知。',
    );
    if (input.deferredMaterials && input.deferredMaterials.names.length > 0) {
      const { names, dueDate } = input.deferredMaterials;
      paragraph(
        sheet,
        `本申请按容缺受理办理，请于${formatDate(dueDate)}前补交以下材料：${names.join('；')}。材料补齐前，办理结果暂不送达。`,
      );
    }
    paragraph(
      sheet,
      `你可扫描本通知书右上角二维码，或凭办件编号和查询码查询办理进度。对办理过程有意见或建议的，` +
        `可拨打投诉电话${input.complaintPhone}或监督电话${input.supervisionPhone}。`,
    );
  }, '特此通知。');
}
