/**
 * The frame every document is written into: a Sheet with the shared head, the body the kind writes, the
 * sign-off with the seal, and the footer with the verification address. Also the few body pieces that
 * several kinds use, so no renderer copies another's layout.
 */
import { formatDate, formatInstant, startOfDay } from './format.js';
import { drawHeader } from './pdf/header.js';
import { LEADING, MM, SIZE, Sheet } from './pdf/sheet.js';
import { SIGN_OFF_HEIGHT, drawSignOff } from './pdf/sign-off.js';
import { FONT } from './pdf/fonts.js';
import { PAD_X, TABLE_SIZE, drawTable } from './pdf/table.js';
import type { CaseDocumentBase, DocumentBase, Remedies } from './types.js';

/** The head of a document: its title, the number line and the PDF subject. */
export interface Heading {
  readonly title: string;
  readonly numberLine: string;
  readonly subject: string;
}

/**
 * Renders one document: head, `body`, the `closing` paragraph (特此通知。), sign-off and footer; resolves
 * to the PDF bytes. The closing always shares the seal's page: a seal on a page without text is void
 * in practice (GB/T 9704-2012 7.3.5.4 moves text rather than leave the seal alone).
 */
export function compose(
  input: DocumentBase,
  heading: Heading,
  body: (sheet: Sheet) => void,
  closing?: string,
): Promise<Buffer> {
  const sheet = new Sheet({
    title: heading.title,
    author: input.agency.name,
    subject: heading.subject,
    createdAt: startOfDay(input.issuedOn),
  });
  drawHeader(sheet, { agencyName: input.agency.name, verifyUrl: input.verifyUrl, ...heading });
  body(sheet);
  if (closing) {
    sheet.ensure(sheet.wrap(closing, { indent: 2 }).length * SIZE.body * LEADING + SIGN_OFF_HEIGHT);
    paragraph(sheet, closing);
  }
  drawSignOff(sheet, input.agency.name, input.issuedOn, input.agency.sealPurpose);
  return sheet.finish(`查验网址：${input.verifyUrl}`);
}

/** The addressee line, `张三：`. */
export function salutation(sheet: Sheet, name: string): void {
  sheet.text(`${name}：`);
}

/** A body paragraph with the two-character first-line indent. */
export function paragraph(sheet: Sheet, text: string): void {
  sheet.text(text, { indent: 2 });
}

/** A two-column table of facts (label, value) with shaded labels, in the table size unless `size` is given. */
export function facts(sheet: Sheet, rows: readonly (readonly [string, string])[], size?: number): void {
  // The label column is as wide as its longest label, so labels never wrap.
  sheet.doc.font(FONT.bold).fontSize(size ?? TABLE_SIZE);
  const label = Math.max(sheet.width / 5, ...rows.map(([text]) => sheet.doc.widthOfString(text))) + 2 * PAD_X + 4 * MM;
  sheet.gap(4);
  drawTable(sheet, {
    columns: [{ share: label, label: true, align: 'center' }, { share: sheet.width - label }],
    rows,
    size,
  });
  sheet.gap(6);
}

/** The opening words naming the application: 你（单位）于…提出的“…”申请（办件编号：…）. */
export function applicationRef(input: CaseDocumentBase): string {
  return `你（单位）于${formatInstant(input.submittedAt)}提出的“${input.itemName}”申请（办件编号：${input.caseNo}）`;
}

/** The facts every case notice lists first. */
export function caseFacts(input: CaseDocumentBase): [string, string][] {
  return [
    ['申请人', input.applicant.name],
    ['申请事项', input.itemName],
    ['办件编号', input.caseNo],
    ['申请时间', formatInstant(input.submittedAt)],
  ];
}

/** `N个工作日（至2026年3月9日）`: a period in workdays and the date it ends (行政许可法 第八十二条). */
export function workdaysUntil(days: number, until: string): string {
  return `${days}个工作日（至${formatDate(until)}）`;
}

/**
 * The remedies a refusal or a denial must state (行政许可法 第三十八条第二款). 行政复议法（2023年修订）第二十条:
 * review within 60 days of learning of the act; 行政诉讼法 第四十六条: a lawsuit within 6 months. Receipt
 * of the document is when the applicant learns of it.
 */
export function remediesText(remedies: Remedies, documentName: string): string {
  return (
    `如不服本${documentName}，可以自收到本${documentName}之日起六十日内向${remedies.reviewBody}申请行政复议，` +
    `也可以自收到本${documentName}之日起六个月内依法向${remedies.court}提起行政诉讼。`
  );
}
