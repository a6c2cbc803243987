import { RATING_LEVELS } from '@core/ratings/levels';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { EChart } from '@/components/EChart';
import { useLang, useT } from '@/lib/i18n';
import type { DepartmentFigures } from '../api/ratings';
import { levelName } from './labels';

// 非常满意 … 非常不满意: from green to red, as on the national 好差评 mark.
const LEVEL_COLORS = { 5: '#389e0d', 4: '#95de64', 3: '#fadb14', 2: '#ff9c6e', 1: '#cf1322' } as const;

/** Each department's ratings stacked by level, with its satisfaction as a line on the second axis. */
export function StatsChart({ departments }: { departments: DepartmentFigures[] }) {
  const t = useT();
  const { lang } = useLang();
  const option = useMemo<EChartsOption>(() => {
    const names = departments.map((d) => d.departmentName);
    const levels = [...RATING_LEVELS].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, overflow: 'break', width: 90 } },
      yAxis: [
        { type: 'value', name: t('rating.stats.ratings'), minInterval: 1 },
        { type: 'value', name: t('rating.stats.satisfaction'), min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        ...levels.map((level) => ({
          name: levelName(level, lang), type: 'bar' as const, stack: 'levels', barMaxWidth: 48, itemStyle: { color: LEVEL_COLORS[level] },
          data: departments.map((d) => d.levels[level]),
        })),
        {
          name: t('rating.stats.satisfaction'), type: 'line' as const, yAxisIndex: 1, z: 10, symbol: 'circle', symbolSize: 9, itemStyle: { color: '#1a4fa0' },
          label: { show: true, position: 'top', formatter: '{c}%', color: '#1a4fa0', fontWeight: 'bold' },
          data: departments.map((d) => (d.satisfaction === null ? null : Math.round(d.satisfaction * 1000) / 10)),
          tooltip: { valueFormatter: (value) => (value === null || value === undefined ? '—' : `${String(value)}%`) },
        },
      ],
    };
  }, [departments, lang, t]);
  return <EChart option={option} height={360} ariaLabel={t('rating.stats.chart')} data-testid="rating-chart" />;
}
