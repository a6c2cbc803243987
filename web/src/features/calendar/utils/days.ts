import { weekdayOf, type LocalDate } from '@core/calendar/local-date';
import { OFFICIAL_NOTICES } from '@core/calendar/data/official';
import type { Lang } from '@/lib/i18n';
import type { DayKind } from '../api/calendar';

/** Colours of each kind of day, shared by the grid and the legend. */
export const KIND_STYLE: Record<DayKind, { background: string; color: string; border: string }> = {
  workday: { background: '#ffffff', color: '#1f2a3d', border: '#e6eaf0' },
  weekend: { background: '#eef1f5', color: '#7a8597', border: '#e1e6ed' },
  holiday: { background: '#ffe8e6', color: '#c41d1d', border: '#ffb3ab' },
  adjusted_workday: { background: '#fff3d9', color: '#ad5700', border: '#ffd27a' },
};

/** The ISO weekday (1 Monday … 7 Sunday) of a `YYYY-MM-DD` date, the same in every time zone. */
export const isoWeekday = (date: string): number => weekdayOf(date as LocalDate);

/** Today's date in Beijing for an instant. */
export const beijingDate = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

const ENGLISH_NAMES = new Map(OFFICIAL_NOTICES.flatMap((notice) => notice.holidays.map((h) => [h.name, h.nameEn] as const)));

/** A holiday name in the UI language: the official ones have English names; an admin's own name stays as written. */
export function dayName(name: string | undefined, lang: Lang): string | undefined {
  if (!name || lang === 'zh') return name;
  const official = ENGLISH_NAMES.get(name);
  if (official) return official;
  const makeUp = /^(.+)调休上班$/.exec(name);
  const base = makeUp?.[1] && ENGLISH_NAMES.get(makeUp[1]);
  return base ? `${base} make-up workday` : name;
}
