/**
 * 补正材料一次性告知书. 行政许可法 第三十二条第一款第四项: when materials are incomplete or not in legal
 * form, the agency tells the applicant everything to correct at once (一次告知), on the spot or within
 * five days. Every problem of the round is listed; the table breaks across pages without losing a row.
 */
import { applicationRef, compose, paragraph, salutation, workdaysUntil } from '../compose.js';
import { formatDate, formatDocumentNo } from '../format.js';
import { drawTable } from '../pdf/table.js';
import type { CorrectionNoticeInput } from '../types.js';

/** Renders a correction notice listing every problem in a table. */
export function renderCorrectionNotice(input: CorrectionNoticeInput): Promise<Buffer> {
  if (input.problems.length === 0) throw new RangeError('A correction notice must name at least one problem');
  const heading = { title: '补正材料一次性告知书', numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    paragraph(
      sheet,
      `${applicationRef(input)}，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》` +
        `第三十二条第一款第（四）项的规定，现一次性告知你需要补正的全部内容（共${input.problems.length}项）：`,
    );
    sheet.gap(4);
    drawTable(sheet, {
      header: true,
      columns: [
        { title: '序号', share: 0.55, align: 'center' },
        { title: '材料名称', share: 1.6 },
        { title: '存在问题及补正要求', share: 3 },
      ],
      rows: input.problems.map((p, i) => [String(i + 1), p.material, p.problem]),
    });
    sheet.gap(8);
    // DOMAIN.md §4: the supplement period is set per item (default 20 workdays); missing it ends the case.
    paragraph(
      sheet,
      `请于收到本告知书之日起${workdaysUntil(input.supplementDays, input.dueDate)}内一并补正上述材料后重新提交。` +
        `本机关自收到全部补正材料之日起重新计算受理期限；逾期未补正的，视为放弃本次申请。`,
    );
    paragraph(
      sheet,
      '上述内容为本次申请需要补正的全部内容。你补正后，本机关仅就补正或者新增的材料提出意见，不再就其他已审查的材料要求补正。',
    );
  }, `补正截止日期：${formatDate(input.dueDate)}。特此告知。`);
}
