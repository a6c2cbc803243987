import { ITEM_TYPES, ONLINE_DEPTHS } from '@core/catalog/vocabulary';
import type { Lang } from '@/lib/i18n';

/** Labels of the core's code lists in the UI language (the core carries zh and en for each). */
export const labels = {
  itemType: (code: string, lang: Lang) => ITEM_TYPES.find((t) => t.code === code)?.[lang] ?? code,
  onlineDepth: (level: number, lang: Lang) => ONLINE_DEPTHS.find((d) => d.level === level)?.[lang] ?? String(level),
};

/** Options for a Select of item types: `01 行政许可`. */
export function itemTypeOptions(lang: Lang) {
  return ITEM_TYPES.map((t) => ({ value: t.code, label: `${t.code} ${t[lang]}` }));
}

/** A speed-up rate as a percentage with at most one decimal: 0.8333 → `83.3%`. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${Math.round(rate * 1000) / 10}%`;
}

/** An ISO instant as `YYYY-MM-DD HH:mm` in Beijing time, whatever the browser's zone. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const shifted = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
