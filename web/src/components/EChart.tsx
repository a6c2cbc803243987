import type { EChartsOption } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the pages draw (bars and lines on a grid, tooltip with its axis pointer, legend) instead of the whole
// library: 1.1 MB less for the chart pages. A page that needs another series type or component registers it here.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** What a chart needs: its ECharts option and a height; anything else is the option's business. */
export interface EChartProps {
  option: EChartsOption;
  height?: number | string;
  style?: CSSProperties;
  /** An accessible name for the chart (it is drawn on a canvas, which screen readers cannot read). */
  ariaLabel?: string;
  'data-testid'?: string;
}

/**
 * One ECharts chart, for any page: created on mount, redrawn (not merged) when the option changes, resized with
 * the window, disposed on unmount. Pass a memoised option, or it redraws on every render.
 */
export function EChart({ option, height = 320, style, ariaLabel, 'data-testid': testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}
