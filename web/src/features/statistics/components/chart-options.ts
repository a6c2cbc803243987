import type { EChartsOption } from 'echarts';
import type { Translate } from '@/lib/i18n';
import type { BoardLine } from '@/features/supervision/api/supervision';
import type { FigureRow, TrendBucket } from '../api/statistics';

const BLUE = '#1a4fa0';
const GREEN = '#389e0d';
const RED = '#cf1322';
const YELLOW = '#faad14';
const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const pctLabel = (value: unknown) => (value === null || value === undefined ? '—' : `${String(value)}%`);

/** Received and concluded per period as bars, the on-time rate as a line on a 0–100 % axis. */
export function trendOption(buckets: TrendBucket[], t: Translate): EChartsOption {
  const label = (b: TrendBucket) => (b.key.length === 7 ? b.key : b.from.slice(5));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: buckets.map(label) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: t('stats.kpi.received'), type: 'bar', data: buckets.map((b) => b.received), itemStyle: { color: '#91caff' }, barMaxWidth: 28 },
      { name: t('stats.kpi.concluded'), type: 'bar', data: buckets.map((b) => b.concluded), itemStyle: { color: BLUE }, barMaxWidth: 28 },
      {
        name: t('stats.kpi.onTimeRate'), type: 'line', yAxisIndex: 1, connectNulls: true, data: buckets.map((b) => pct(b.onTimeRate)),
        itemStyle: { color: GREEN }, tooltip: { valueFormatter: pctLabel },
      },
    ],
  };
}

/** One rate per department as horizontal bars (0–100 %), departments without a value left out. */
export function departmentRateOption(rows: FigureRow[], metric: 'onTimeRate' | 'satisfaction', name: string): EChartsOption {
  const shown = rows.filter((r) => r[metric] !== null).sort((a, b) => (a[metric] ?? 0) - (b[metric] ?? 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pctLabel },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map((r) => r.name ?? ''), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{
      name, type: 'bar', data: shown.map((r) => pct(r[metric])), barMaxWidth: 22,
      itemStyle: { color: metric === 'onTimeRate' ? GREEN : BLUE }, label: { show: true, position: 'right', formatter: ({ value }) => pctLabel(value) },
    }],
  };
}

/** The live red and yellow counts (cases and tasks together) per department, stacked. */
export function warningsOption(lines: BoardLine[], t: Translate): EChartsOption {
  const shown = lines.slice(0, 12).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((l) => l.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: t('stats.chart.red'), type: 'bar', stack: 'w', data: shown.map((l) => l.cases.red + l.tasks.red), itemStyle: { color: RED }, barMaxWidth: 22 },
      { name: t('stats.chart.yellow'), type: 'bar', stack: 'w', data: shown.map((l) => l.cases.yellow + l.tasks.yellow), itemStyle: { color: YELLOW }, barMaxWidth: 22 },
    ],
  };
}
