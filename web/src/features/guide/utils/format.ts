import { ITEM_TYPES, ONLINE_DEPTHS } from '@core/catalog/vocabulary';
import type { Lang } from '@/lib/i18n';

/** The item type in the UI language (the API's `typeName` is Chinese only). */
export const itemTypeName = (code: string, lang: Lang) => ITEM_TYPES.find((t) => t.code === code)?.[lang] ?? code;

/** The online depth in the UI language. */
export const onlineDepthName = (level: number, lang: Lang) => ONLINE_DEPTHS.find((d) => d.level === level)?.[lang] ?? String(level);

/** Options for the type filter. */
export const itemTypeOptions = (lang: Lang) => ITEM_TYPES.map((t) => ({ value: t.code, label: t[lang] }));

/** 承诺提速率 as a whole percentage: 0.8333 → `83%`. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** The date of an ISO instant in Beijing, `YYYY-MM-DD`. */
export const formatDate = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10) : '');
