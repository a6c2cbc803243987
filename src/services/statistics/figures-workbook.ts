/**
 * Figures tables as Excel (.xlsx): one sheet with a labelled row per group (or per period of a trend) and the
 * total, the columns of core/statistics/columns.ts with rates as real percentages (a number formatted 0.0%, so a
 * reader can compute with them), and a second sheet with the definitions. The monthly notice adds its sheets
 * to the same workbook through `addFiguresSheet`.
 */
import ExcelJS from 'exceljs';
import { FIGURE_COLUMNS, type FigureFormat, type Figures } from '../../core/statistics/index.js';

/** One labelled row of a sheet. */
export interface LabelledFigures {
  readonly label: string;
  readonly figures: Figures;
}

/** A sheet of figures: its name, a title line, the header of the label column, rows and an optional total. */
export interface FiguresSheet {
  readonly name: string;
  readonly title: string;
  readonly labelHeader: string;
  readonly rows: readonly LabelledFigures[];
  readonly total?: Figures | undefined;
}

const NUMBER_FORMAT: Record<FigureFormat, string> = { count: '0', rate: '0.0%', days: '0.0' };

/** A new workbook with the platform as its creator. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tongban 通办';
  return workbook;
}

/** Adds a figures sheet: a title row, the header row (frozen), the rows, the total in bold. */
export function addFiguresSheet(workbook: ExcelJS.Workbook, sheet: FiguresSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  ws.columns = [{ key: 'label', width: 28 }, ...FIGURE_COLUMNS.map((c) => ({ key: c.key, width: Math.max(10, c.zh.length * 2 + 2), style: { numFmt: NUMBER_FORMAT[c.format] } }))];
  ws.addRow([sheet.title]).font = { bold: true, size: 13 };
  ws.addRow([sheet.labelHeader, ...FIGURE_COLUMNS.map((c) => c.zh)]).font = { bold: true };
  const add = (label: string, figures: Figures) => ws.addRow([label, ...FIGURE_COLUMNS.map((c) => figures[c.key])]);
  for (const row of sheet.rows) add(row.label, row.figures);
  if (sheet.total) add('合计', sheet.total).font = { bold: true };
}

/** Adds the sheet of definitions (口径说明). */
export function addDefinitionsSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet('指标口径');
  ws.columns = [{ header: '指标', key: 'name', width: 24 }, { header: '口径（DOMAIN.md §9）', key: 'definition', width: 80 }];
  ws.getRow(1).font = { bold: true };
  for (const c of FIGURE_COLUMNS) ws.addRow({ name: c.zh, definition: c.definition });
  ws.addRow({ name: '说明', definition: '期间按北京时间（Asia/Shanghai）自然日计；比率分母为 0 时留空。' });
}

/** The bytes of a workbook. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook of one figures sheet and the definitions. */
export async function figuresWorkbook(sheet: FiguresSheet): Promise<Buffer> {
  const workbook = newWorkbook();
  addFiguresSheet(workbook, sheet);
  addDefinitionsSheet(workbook);
  return workbookBytes(workbook);
}
