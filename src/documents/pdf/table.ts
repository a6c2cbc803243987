/**
 * Ruled tables: the problems of a correction notice, the facts of a case, the fields of a license. Cells
 * wrap by character; a row that does not fit starts a new page, and the header row is repeated there, so a
 * long list never loses or splits a row (一次性告知: every problem must reach the applicant).
 */
import { FONT } from './fonts.js';
import type { WrappedLine } from './wrap.js';
import { MM, SIZE, type Sheet } from './sheet.js';

/** One column: its share of the table's width and how its cells are set. */
export interface Column {
  readonly title?: string;
  readonly share: number;
  readonly align?: 'center';
  /** A label column is shaded and bold, as on a form. */
  readonly label?: boolean;
}

/** A table: columns, rows of cell texts, and whether to print the column titles as a header row. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
  readonly header?: boolean;
  readonly size?: number;
}

/** The default type size of table cells. */
export const TABLE_SIZE = SIZE.body - 1;
/** The space between a cell's rule and its text, left and right. */
export const PAD_X = 2 * MM;
const PAD_Y = 1.3 * MM;
const TABLE_LEADING = 1.45;
const SHADE = '#eeeeee';

/** Draws the table at the cursor, across the text block, and moves the cursor below it. */
export function drawTable(sheet: Sheet, table: Table): void {
  const size = table.size ?? TABLE_SIZE;
  const total = table.columns.reduce((sum, column) => sum + column.share, 0);
  const widths = table.columns.map((column) => (sheet.width * column.share) / total);
  const headerRow = table.header ? table.columns.map((column) => column.title ?? '') : undefined;
  const layout = (cells: readonly string[], bold: boolean): WrappedLine[][] =>
    widths.map((width, i) => sheet.wrap(cells[i] ?? '', { size, width: width - 2 * PAD_X, face: bold || table.columns[i]?.label ? FONT.bold : FONT.regular }));
  const heightOf = (lines: WrappedLine[][]): number =>
    Math.max(1, ...lines.map((cell) => cell.length)) * size * TABLE_LEADING + 2 * PAD_Y;

  const drawRow = (lines: WrappedLine[][], isHeader: boolean): void => {
    const height = heightOf(lines);
    let x = sheet.left;
    lines.forEach((cell, i) => {
      const column = table.columns[i] ?? { share: 1 };
      const width = widths[i] ?? 0;
      const bold = isHeader || column.label === true;
      if (bold) sheet.doc.save().rect(x, sheet.y, width, height).fillColor(SHADE).fill().restore();
      sheet.doc.save().lineWidth(0.6).strokeColor('#333333').rect(x, sheet.y, width, height).stroke().restore();
      const top = sheet.y + (height - cell.length * size * TABLE_LEADING) / 2;
      cell.forEach((line, n) => {
        const align = isHeader || column.align === 'center' ? 'center' : undefined;
        sheet.line(line, top + n * size * TABLE_LEADING, {
          size, leading: TABLE_LEADING, x: x + PAD_X, width: width - 2 * PAD_X, align, face: bold ? FONT.bold : FONT.regular,
        });
      });
      x += width;
    });
    sheet.y += height;
  };

  const headerLines = headerRow ? layout(headerRow, true) : undefined;
  if (headerLines) {
    sheet.ensure(heightOf(headerLines) + heightOf(layout(table.rows[0] ?? [], false)));
    drawRow(headerLines, true);
  }
  for (const row of table.rows) {
    const lines = layout(row, false);
    const before = sheet.doc.bufferedPageRange().count;
    sheet.ensure(heightOf(lines));
    if (headerLines && sheet.doc.bufferedPageRange().count !== before) drawRow(headerLines, true);
    drawRow(lines, false);
  }
}
