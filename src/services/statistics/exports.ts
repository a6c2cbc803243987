/**
 * The statistics tables as Excel: the figures of a grouping (`figures.xlsx`) and the trend (`trend.xlsx`),
 * from the same use cases as the JSON routes, so a download always equals the table on the screen.
 */
import { GROUP_BY_NAMES, UNATTRIBUTED } from '../../core/statistics/index.js';
import type { Ctx } from '../context.js';
import { statisticsFigures, type FiguresQuery } from './figures.js';
import { figuresWorkbook } from './figures-workbook.js';
import { statisticsTrend, type TrendQuery } from './trend.js';

const GRANULARITY_NAMES = { day: '日', week: '周', month: '月' } as const;

function scopeTitle(scope: { region: { name: string }; department: { name: string } | null; item: string | null }): string {
  return [scope.region.name, scope.department?.name, scope.item && `事项 ${scope.item}`].filter(Boolean).join(' · ');
}

/** The figures table as a workbook. */
export async function exportFigures(ctx: Ctx, query: FiguresQuery): Promise<Buffer> {
  const table = await statisticsFigures(ctx, query);
  const by = GROUP_BY_NAMES[table.groupBy].zh;
  return figuresWorkbook({
    name: `按${by}`, title: `${scopeTitle(table)} 政务服务统计（按${by}）${table.from} 至 ${table.to}`, labelHeader: by,
    rows: table.rows.map((row) => ({ label: row.name ?? UNATTRIBUTED.zh, figures: row })), total: table.total,
  });
}

/** The trend as a workbook, one row per day, week or month. */
export async function exportTrend(ctx: Ctx, query: TrendQuery): Promise<Buffer> {
  const trend = await statisticsTrend(ctx, query);
  const unit = GRANULARITY_NAMES[trend.granularity];
  return figuresWorkbook({
    name: `按${unit}`, title: `${scopeTitle(trend)} 政务服务趋势（按${unit}）${trend.from} 至 ${trend.to}`, labelHeader: '时段',
    rows: trend.buckets.map((b) => ({ label: b.from === b.to ? b.from : `${b.from} 至 ${b.to}`, figures: b })),
  });
}
