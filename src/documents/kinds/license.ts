/**
 * 电子证照. 行政许可法 第三十九条 names the license forms; 国务院关于在线政务服务的若干规定（国务院令第716号）
 * 第十条 gives an electronic license the same legal force as a paper one. The QR code opens the public
 * verification page (valid, revoked or expired), so a printout can always be checked against the record.
 */
import { compose, facts } from '../compose.js';
import { formatDate } from '../format.js';
import { MM, SIZE } from '../pdf/sheet.js';
import type { LicenseInput } from '../types.js';

/** Renders an electronic license: holder, number, scope, validity, issuing agency and seal. */
export function renderLicense(input: LicenseInput): Promise<Buffer> {
  const validity = input.validUntil
    ? `${formatDate(input.validFrom)}至${formatDate(input.validUntil)}`
    : `${formatDate(input.validFrom)}起长期有效`;
  const heading = { title: input.licenseType, numberLine: `证照编号：${input.licenseNo}`, subject: input.licenseNo };
  return compose(input, heading, (sheet) => {
    // A double frame marks the page as a certificate rather than a letter.
    const { doc } = sheet;
    const [w, h] = [doc.page.width, doc.page.height];
    doc.save().strokeColor('#9c7a3c').lineWidth(2).rect(9 * MM, 9 * MM, w - 18 * MM, h - 18 * MM).stroke();
    doc.lineWidth(0.6).rect(11 * MM, 11 * MM, w - 22 * MM, h - 22 * MM).stroke().restore();
    sheet.text('（电子证照）', { align: 'center', size: SIZE.body, color: '#9c7a3c' });
    sheet.gap(3 * MM);
    facts(sheet, [
      ['持证主体', input.holder.name],
      [input.holder.idLabel, input.holder.idNumber],
      ...(input.fields ?? []).map((f): [string, string] => [f.label, f.value]),
      ['许可范围', input.scope],
      ['有效期限', validity],
      ['发证机关', input.agency.name],
      ['发证日期', formatDate(input.issuedOn)],
    ], SIZE.body + 0.5);
    sheet.gap(2 * MM);
    sheet.text(
      '本证照为电子证照，依据《国务院关于在线政务服务的若干规定》，与纸质证照具有同等法律效力。' +
        '扫描右上角二维码或访问页脚查验网址，可核验本证照的真伪和有效状态。',
      { indent: 2, size: SIZE.small, color: '#444444' },
    );
    sheet.gap(8 * MM);
  });
}
