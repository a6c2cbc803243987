/**
 * The monthly notice (通报, DOMAIN.md §7): for a month and a region, the §9 figures by department, the overdue
 * records by department and handler with their written explanations (the supervision report), and the ratings'
 * red-blue board (§8). One gathering feeds the PDF and the Excel workbook, so they always agree.
 */
import type { LocalDate } from '../../core/calendar/index.js';
import { localDateOf } from '../../core/clock/index.js';
import type { WarningKind } from '../../core/supervision/index.js';
import { FIGURE_COLUMNS, formatFigure, periodOf, printFigure } from '../../core/statistics/index.js';
import type { MonthlyNoticeInput } from '../../documents/index.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { ratingBoard } from '../ratings/rating-stats.js';
import { overdueReport } from '../supervision/overdue-report.js';
import { figureRows } from './figures.js';
import { resolveScope } from './scope.js';

/** The clocks an overdue record can be about, as the notice names them. */
export const CLOCK_NAMES: Readonly<Record<WarningKind, string>> = {
  acceptance: '受理时限', decision: '承诺时限', delivery: '送达时限', suspension: '特别程序', statutory: '法定时限', step: '环节时限',
};

/** Everything the notice says about a month in a region (the reader's own by default). */
export async function monthlyNoticeData(ctx: Ctx, query: { month: string; region?: string | undefined }) {
  const scope = await resolveScope(ctx, { region: query.region });
  const span = periodOf('month', `${query.month}-01` as LocalDate);
  const [figures, report, board] = await Promise.all([
    figureRows(ctx.store.db, await currentCalendar(ctx), span, scope.filter, 'department'),
    overdueReport(ctx, { from: span.from, to: span.to, region: scope.region.code }),
    ratingBoard(ctx, query.month, scope.region.code),
  ]);
  return { month: query.month, span, region: scope.region, generatedAt: nowIso(ctx), figures, report, board };
}

export type MonthlyNoticeData = Awaited<ReturnType<typeof monthlyNoticeData>>;

/** The notice as a document: issued today by the region's electronic supervision, numbered by the month. */
export function monthlyNoticeDocument(data: MonthlyNoticeData, origin: string): MonthlyNoticeInput {
  const { total, rows } = data.figures;
  const totals = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, printFigure(total, c.key)])) as MonthlyNoticeInput['totals'];
  const t = data.report.totals;
  const boardLine = (d: (typeof data.board.red)[number]) => ({
    rank: d.rank, department: d.departmentName, satisfaction: formatFigure(d.satisfaction, 'rate'), ratings: d.ratings,
  });
  return {
    kind: 'monthly_notice',
    agency: { name: `${data.region.name}政务服务电子监察`, sealPurpose: '电子监察专用章' },
    verifyUrl: `${origin}/supervision?month=${data.month}`,
    issuedOn: localDateOf(data.generatedAt),
    documentNo: { prefix: '督通', year: Number(data.month.slice(0, 4)), serial: Number(data.month.slice(5, 7)) },
    regionName: data.region.name,
    month: data.month,
    totals,
    departments: rows.map((r) => ({
      department: r.name ?? '', received: printFigure(r, 'received'), concluded: printFigure(r, 'concluded'), onTimeRate: printFigure(r, 'onTimeRate'),
      overdue: printFigure(r, 'overdue'), averageWorkdays: printFigure(r, 'averageWorkdays'), urgeRate: printFigure(r, 'urgeRate'), satisfaction: printFigure(r, 'satisfaction'),
    })),
    overdue: {
      records: t.overdue, cases: t.cases, statutory: t.byKind.statutory ?? 0, explained: t.explained, awaiting: t.awaiting, late: t.late,
      byDepartment: data.report.departments.map((d) => ({
        department: d.departmentName, records: d.overdue, cases: d.cases, explained: d.explained, awaiting: d.awaiting, late: d.late,
      })),
      details: data.report.departments.flatMap((d) => d.handlers.flatMap((h) => h.entries.map((e) => ({
        caseNo: e.source.case_no, itemName: e.source.item_name, department: d.departmentName, handler: h.handlerName ?? '（部门）',
        clock: CLOCK_NAMES[e.kind], overdueOn: e.source.overdue_on, explanation: e.source.explanation, late: e.status === 'late',
      })))),
    },
    board: { minRatings: data.board.minRatings, red: data.board.red.map(boardLine), blue: data.board.blue.map(boardLine) },
  };
}
