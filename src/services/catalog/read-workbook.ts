import ExcelJS from 'exceljs';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION } from '../../core/catalog/index.js';
import { DomainError } from '../../core/errors.js';
import { fromCell, keyOfHeader, SHEETS, type SheetKey } from './workbook-columns.js';

type Row = Record<string, unknown>;

/** A cell's plain value: rich text joined, hyperlinks as their text, formulas as their result. */
function plain(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  return null;
}

function readSheet(workbook: ExcelJS.Workbook, key: SheetKey): Row[] {
  const spec = SHEETS[key];
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) return [];
  const kinds = new Map(spec.columns.map((c) => [c.key, c.kind]));
  const keys = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, column) => {
    const found = keyOfHeader(String(plain(cell.value) ?? ''));
    if (found && kinds.has(found)) keys.set(column, found);
  });
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Row = {};
    row.eachCell((cell, column) => {
      const key = keys.get(column);
      const value = plain(cell.value);
      if (key && value !== null && String(value).trim() !== '') record[key] = fromCell(kinds.get(key) ?? 'text', value);
    });
    if (Object.keys(record).length > 0) rows.push(record);
  });
  return rows;
}

/** Rows of a detail sheet for one item, without the tie to it. */
function rowsFor(rows: readonly Row[], code: unknown): Row[] {
  return rows.filter((row) => row.itemCode === code).map(({ itemCode: _code, ...rest }) => rest);
}

/**
 * Reads a workbook written by writeWorkbook (or edited by hand in that layout) back into the shape of
 * a catalog file. The result is unchecked: the caller validates it like a JSON upload.
 */
export async function readWorkbook(data: Buffer): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('item.file_unreadable');
  }
  const sheet = (key: SheetKey) => readSheet(workbook, key);
  const [materials, form, steps, branches, fees, legalBasis] = [sheet('materials'), sheet('form'), sheet('steps'), sheet('branches'), sheet('fees'), sheet('legalBasis')];
  const items = sheet('items').map((item) => ({
    ...item,
    materials: rowsFor(materials, item.code),
    form: rowsFor(form, item.code),
    steps: rowsFor(steps, item.code).map((step) => {
      const mine = rowsFor(branches, item.code).filter((b) => b.stepKey === step.key).map(({ stepKey: _key, ...branch }) => branch);
      return mine.length > 0 ? { ...step, branches: mine } : step;
    }),
    fees: rowsFor(fees, item.code),
    legalBasis: rowsFor(legalBasis, item.code),
  }));
  return { format: CATALOG_FORMAT, formatVersion: CATALOG_FORMAT_VERSION, departments: sheet('departments'), items };
}
