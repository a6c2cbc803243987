/**
 * 准予行政许可决定书 / 不予行政许可决定书. 行政许可法 第三十八条: a grant is a written decision; a denial
 * gives its reasons and tells the applicant of the right to administrative review or a lawsuit.
 * 第四十四条: a license follows a grant within ten days.
 */
import { applicationRef, compose, paragraph, remediesText, salutation } from '../compose.js';
import { chineseNumeral, formatDate, formatDocumentNo } from '../format.js';
import { drawQrCode } from '../pdf/qr.js';
import { LEADING, MM, SIZE, type Sheet } from '../pdf/sheet.js';
import type { DecisionInput } from '../types.js';

const RATING_QR = 18 * MM;

/** The rating invitation (好差评, 国办发〔2019〕51号): a small QR code with its caption, the sentence beside it. */
function ratingBlock(sheet: Sheet, url: string): void {
  sheet.gap(2 * MM);
  sheet.ensure(RATING_QR + SIZE.small * LEADING + 2 * MM);
  const top = sheet.y;
  drawQrCode(sheet, url, sheet.left, top, RATING_QR, '扫码评价');
  const x = sheet.left + RATING_QR + 5 * MM;
  sheet.y = top + 3 * MM;
  sheet.text('欢迎对本次政务服务作出评价。请扫描左侧二维码，或登录平台在“我的办件”中评价（好差评）。', { x, width: sheet.width - RATING_QR - 5 * MM, size: SIZE.small, color: '#444444' });
  sheet.y = Math.max(sheet.y, top + RATING_QR + SIZE.small * LEADING) + 2 * MM;
}

/** Renders a decision: the grant and its content, or the denial with numbered reasons and remedies. */
export function renderDecision(input: DecisionInput): Promise<Buffer> {
  const granted = input.outcome === 'granted';
  const title = granted ? '准予行政许可决定书' : '不予行政许可决定书';
  const heading = { title, numberLine: formatDocumentNo(input.documentNo), subject: input.caseNo };
  const opening = `${applicationRef(input)}，本机关已于${formatDate(input.acceptedOn)}依法受理。`;
  return compose(input, heading, (sheet) => {
    salutation(sheet, input.applicant.name);
    if (input.outcome === 'granted') {
      paragraph(
        sheet,
        `${opening}经审查，你（单位）的申请符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款的规定，` +
          '本机关决定准予行政许可。许可内容如下：',
      );
      paragraph(sheet, input.content);
      if (input.licenseName) {
        const no = input.licenseNo ? `（编号：${input.licenseNo}）` : '';
        paragraph(sheet, `本机关将依法向你（单位）颁发《${input.licenseName}》${no}，你可扫描右上角二维码查验和下载电子证照。`);
      }
      if (input.ratingUrl) ratingBlock(sheet, input.ratingUrl);
      return;
    }
    if (input.reasons.length === 0) throw new RangeError('A denial must state its reasons (行政许可法 第三十八条)');
    paragraph(sheet, `${opening}经审查，你（单位）的申请不符合法定条件、标准，理由如下：`);
    input.reasons.forEach((reason, i) => paragraph(sheet, `${chineseNumeral(i + 1)}、${reason}`));
    paragraph(sheet, '根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。');
    paragraph(sheet, remediesText(input.remedies, '决定书'));
    if (input.ratingUrl) ratingBlock(sheet, input.ratingUrl);
  }, '特此决定。');
}
