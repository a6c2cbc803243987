/**
 * The columns of every figures table (the dashboard, the Excel exports, the monthly notice), in one order with
 * one wording, and how each figure is defined (DOMAIN.md §9), so the printed definitions cannot drift from the
 * computed ones in figures.ts.
 */
import type { Figures } from './figures.js';

/** How a figure is shown: a count, a rate (fraction shown as %), or a number of working days. */
export type FigureFormat = 'count' | 'rate' | 'days';

/** The figures that are one number (all but the counts per level). */
export type NumericFigure = { [K in keyof Figures]: Figures[K] extends number | null ? K : never }[keyof Figures];

/** One column of a figures table. */
export interface FigureColumn {
  readonly key: NumericFigure;
  readonly zh: string;
  readonly en: string;
  readonly format: FigureFormat;
  /** The definition, printed under the tables and in the exports. */
  readonly definition: string;
  readonly definitionEn: string;
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { key: 'received', zh: '收件数', en: 'Received', format: 'count', definition: '期间内首次收到申请的办件数', definitionEn: 'cases first received in the period' },
  { key: 'accepted', zh: '受理数', en: 'Accepted', format: 'count', definition: '期间内受理（含逾期视为受理）的办件数', definitionEn: 'cases accepted (or deemed accepted) in the period' },
  { key: 'concluded', zh: '办结数', en: 'Concluded', format: 'count', definition: '期间内作出准予或不予决定的办件数', definitionEn: 'cases granted or denied in the period' },
  { key: 'onTimeRate', zh: '按时办结率', en: 'On-time rate', format: 'rate', definition: '办结时间不晚于承诺期限的办结件数 ÷ 办结数', definitionEn: 'concluded with concludedAt ≤ dueAt ÷ concluded' },
  { key: 'overdue', zh: '超期办结数', en: 'Overdue', format: 'count', definition: '办结时间晚于承诺期限的办结件数', definitionEn: 'concluded with concludedAt > dueAt' },
  { key: 'delayRate', zh: '超期率', en: 'Delay rate', format: 'rate', definition: '超期办结数 ÷ 办结数', definitionEn: 'overdue ÷ concluded' },
  { key: 'averageWorkdays', zh: '平均办结用时（工作日）', en: 'Avg. workdays', format: 'days', definition: '受理次日至办结日的工作日数减去特别程序（中止）工作日数，按办结件平均', definitionEn: 'workdays from the day after acceptance to the conclusion, less suspended workdays, averaged over concluded cases' },
  { key: 'instantShare', zh: '即办件占比', en: 'Instant share', format: 'rate', definition: '即办件（承诺时限 0 日）收件数 ÷ 收件数', definitionEn: 'received for instant items (promised 0 days) ÷ received' },
  { key: 'onlineShare', zh: '网办占比', en: 'Online share', format: 'rate', definition: '网上申办收件数 ÷ 收件数', definitionEn: 'received online ÷ received' },
  { key: 'zeroVisitShare', zh: '零跑动占比', en: 'Zero-visit share', format: 'rate', definition: '网上申办且未到窗口领取结果的收件数 ÷ 收件数', definitionEn: 'received online and not collected at the window ÷ received' },
  { key: 'urged', zh: '催办件数', en: 'Cases urged', format: 'count', definition: '期间内被催办的办件数（同一办件多次催办计一次）', definitionEn: 'cases urged in the period (several urges of one case count once)' },
  { key: 'urgeRate', zh: '催办率', en: 'Urge rate', format: 'rate', definition: '催办件数 ÷ 办结数', definitionEn: 'cases urged ÷ concluded' },
  { key: 'ratings', zh: '评价数', en: 'Ratings', format: 'count', definition: '期间内的有效评价数（申诉成立撤销的不计）', definitionEn: 'ratings of the period (those withdrawn on an upheld appeal excluded)' },
  { key: 'satisfaction', zh: '满意率', en: 'Satisfaction', format: 'rate', definition: '（非常满意 + 满意）÷ 评价数', definitionEn: '(very satisfied + satisfied) ÷ ratings' },
  { key: 'badRatings', zh: '差评数', en: 'Bad ratings', format: 'count', definition: '不满意与非常不满意的评价数', definitionEn: 'ratings "dissatisfied" and "very dissatisfied"' },
  { key: 'rectified', zh: '已整改差评数', en: 'Rectified', format: 'count', definition: '已录入整改结果的差评数', definitionEn: 'bad ratings whose rectification has a recorded result' },
  { key: 'rectificationRate', zh: '差评整改率', en: 'Rectification rate', format: 'rate', definition: '已整改差评数 ÷ 差评数', definitionEn: 'rectified ÷ bad ratings' },
];

/** A figure as text: a rate as a percentage with one decimal, days with one decimal, "—" for no value. */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null) return '—';
  if (format === 'rate') return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
  if (format === 'days') return (Math.round(value * 10) / 10).toFixed(1);
  return String(value);
}

const FORMAT_OF = new Map(FIGURE_COLUMNS.map((c) => [c.key, c.format]));

/** One figure of a scope as text, in its column's format. */
export function printFigure(figures: Figures, key: NumericFigure): string {
  return formatFigure(figures[key], FORMAT_OF.get(key) ?? 'count');
}
