import ExcelJS from 'exceljs';
import type { CatalogEntry, CatalogFile } from '../../core/catalog/index.js';
import { headerOf, SHEETS, toCell, type SheetKey } from './workbook-columns.js';

type Row = Readonly<Record<string, unknown>>;

/** The rows of every sheet, flattened from the file's items. */
function rowsOf(file: CatalogFile): Record<SheetKey, Row[]> {
  const tagged = <T extends object>(entry: CatalogEntry, list: readonly T[] | undefined) => (list ?? []).map((row) => ({ itemCode: entry.code, ...row }));
  return {
    departments: file.departments,
    items: file.items,
    materials: file.items.flatMap((e) => tagged(e, e.materials)),
    form: file.items.flatMap((e) => tagged(e, e.form)),
    steps: file.items.flatMap((e) => tagged(e, e.steps)),
    branches: file.items.flatMap((e) => e.steps.flatMap((s) => tagged(e, s.branches).map((b) => ({ ...b, stepKey: s.key })))),
    fees: file.items.flatMap((e) => tagged(e, e.fees)),
    legalBasis: file.items.flatMap((e) => tagged(e, e.legalBasis)),
  };
}

/** The catalog as an .xlsx workbook (layout in workbook-columns.ts); a text cell format keeps codes like `01` as text. */
export async function writeWorkbook(file: CatalogFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tongban 通办';
  const rows = rowsOf(file);
  for (const [key, spec] of Object.entries(SHEETS) as [SheetKey, (typeof SHEETS)[SheetKey]][]) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({
      header: headerOf(column), key: column.key, width: Math.max(12, headerOf(column).length + 4),
      style: column.kind === 'text' ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows[key]) {
      sheet.addRow(Object.fromEntries(spec.columns.filter((c) => row[c.key] !== undefined).map((c) => [c.key, toCell(c.kind, row[c.key])])));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
