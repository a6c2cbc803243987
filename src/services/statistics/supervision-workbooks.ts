/**
 * Supervision's tables as Excel (DOMAIN.md §7 "exportable to Excel and PDF"): the overdue records of a period by
 * department and handler with each written explanation, the live board of red and yellow, and the monthly
 * notice's workbook (figures by department, overdue records, red-blue board, definitions).
 */
import type ExcelJS from 'exceljs';
import { formatInstant } from '../../core/clock/index.js';
import type { Ctx } from '../context.js';
import { overdueReport } from '../supervision/overdue-report.js';
import { supervisionBoard } from '../supervision/warnings.js';
import { addDefinitionsSheet, addFiguresSheet, newWorkbook, workbookBytes } from './figures-workbook.js';
import { CLOCK_NAMES, type MonthlyNoticeData } from './monthly-notice.js';

type Report = Awaited<ReturnType<typeof overdueReport>>;
type Board = Awaited<ReturnType<typeof supervisionBoard>>;

const STATUS_NAMES = { explained: '已说明', awaiting: '待说明', late: '逾期未说明' } as const;
const time = (instant: string | null) => (instant === null ? '' : formatInstant(instant).slice(0, 16).replace('T', ' '));

function table(workbook: ExcelJS.Workbook, name: string, columns: readonly [header: string, width: number][], rows: readonly unknown[][]): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
}

/** 超时汇总 (by department and handler) and 超时明细 (every record with its explanation). */
export function addOverdueSheets(workbook: ExcelJS.Workbook, report: Report): void {
  table(workbook, '超时汇总', [['部门', 24], ['承办人', 14], ['超时（起）', 10], ['涉及办件', 10], ['已说明', 10], ['待说明', 10], ['逾期未说明', 12], ['逾期后说明', 12]],
    report.departments.flatMap((d) => [
      [d.departmentName, '（合计）', d.overdue, d.cases, d.explained, d.awaiting, d.late, d.explainedLate],
      ...d.handlers.map((h) => [d.departmentName, h.handlerName ?? '（部门）', h.overdue, h.cases, h.explained, h.awaiting, h.late, h.explainedLate]),
    ]));
  table(workbook, '超时明细', [
    ['办件编号', 24], ['事项', 24], ['部门', 20], ['承办人', 12], ['时限', 10], ['到期时间', 18], ['超期日', 12], ['说明期限', 18], ['说明状态', 12],
    ['超时原因说明', 48], ['说明人', 12], ['说明时间', 18],
  ], report.departments.flatMap((d) => d.handlers.flatMap((h) => h.entries.map((e) => [
    e.source.case_no, e.source.item_name, d.departmentName, h.handlerName ?? '（部门）', CLOCK_NAMES[e.kind], time(e.source.due_at), e.source.overdue_on,
    time(e.source.explanation_due_at), STATUS_NAMES[e.status], e.source.explanation ?? '', e.source.explained_by_name ?? '', time(e.source.explained_at),
  ]))));
}

/** The live board: red and yellow cases and tasks by department and by item. */
function addBoardSheets(workbook: ExcelJS.Workbook, board: Board): void {
  const columns: [string, number][] = [['名称', 28], ['办件红灯', 10], ['办件黄灯', 10], ['超法定时限', 12], ['任务红灯', 10], ['任务黄灯', 10]];
  const line = (l: Board['departments'][number]) => [l.name, l.cases.red, l.cases.yellow, l.cases.statutory, l.tasks.red, l.tasks.yellow];
  table(workbook, '按部门', columns.map(([h, w], i) => [i === 0 ? '部门' : h, w]), board.departments.map(line));
  table(workbook, '按事项', columns.map(([h, w], i) => [i === 0 ? '事项' : h, w]), board.items.map(line));
}

/** `overdue-report.xlsx`: a period's overdue records (first overdue day, inclusive). */
export async function exportOverdueReport(ctx: Ctx, query: { from: string; to: string; region?: string | undefined }): Promise<Buffer> {
  const workbook = newWorkbook();
  addOverdueSheets(workbook, await overdueReport(ctx, query));
  return workbookBytes(workbook);
}

/** `board.xlsx`: the red and yellow counts now. */
export async function exportWarningBoard(ctx: Ctx): Promise<Buffer> {
  const workbook = newWorkbook();
  addBoardSheets(workbook, await supervisionBoard(ctx));
  return workbookBytes(workbook);
}

/** The monthly notice as a workbook: the same data as its PDF. */
export async function monthlyNoticeWorkbook(data: MonthlyNoticeData): Promise<Buffer> {
  const workbook = newWorkbook();
  addFiguresSheet(workbook, {
    name: '部门办件时效', title: `${data.region.name} ${data.month} 政务服务电子监察月度通报`, labelHeader: '部门',
    rows: data.figures.rows.map((r) => ({ label: r.name ?? '', figures: r })), total: data.figures.total,
  });
  addOverdueSheets(workbook, data.report);
  table(workbook, '红蓝榜', [['榜单', 8], ['名次', 8], ['部门', 28], ['评价数', 10], ['满意率', 10], ['差评数', 10]], [
    ...data.board.red.map((d) => ['红榜', d.rank, d.departmentName, d.ratings, d.satisfaction, d.badRatings]),
    ...data.board.blue.map((d) => ['蓝榜', d.rank, d.departmentName, d.ratings, d.satisfaction, d.badRatings]),
  ]);
  workbook.getWorksheet('红蓝榜')!.getColumn(5).numFmt = '0.0%';
  addDefinitionsSheet(workbook);
  return workbookBytes(workbook);
}
