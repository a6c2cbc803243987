/**
 * Reads holiday schedules published as iCalendar (RFC 5545) feeds. Chinese holiday feeds mark a day off
 * with 休 (or 假/放假) and a worked weekend with 班 in the event's SUMMARY; other events (observances such
 * as 腊八节) are not schedule facts and are skipped, and said to be skipped.
 */
import { invalidFields } from '../errors.js';
import type { DayMark } from './day-marks.js';
import { addDays, isLocalDate, parseLocalDate, yearOf, type LocalDate } from './local-date.js';

/** What a feed says about one year. */
export interface IcsYear {
  readonly marks: readonly DayMark[];
  /** Summaries of events that were neither a day off nor a worked day. */
  readonly skipped: readonly string[];
}

interface IcsEvent {
  start?: LocalDate;
  end?: LocalDate;
  summary: string;
}

function unfold(text: string): string[] {
  // RFC 5545 §3.1: a line starting with a space or tab continues the previous one.
  return text.replace(/\r\n/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function dateValue(value: string): LocalDate | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const text = `${m[1]}-${m[2]}-${m[3]}`;
  return isLocalDate(text) ? parseLocalDate(text) : undefined;
}

function unescapeText(value: string): string {
  return value.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim();
}

function events(text: string): IcsEvent[] {
  const found: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of unfold(text)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).split(';')[0]?.toUpperCase() ?? '';
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value.trim().toUpperCase() === 'VEVENT') current = { summary: '' };
    else if (name === 'END' && value.trim().toUpperCase() === 'VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current && name === 'DTSTART') current.start = dateValue(value);
    else if (current && name === 'DTEND') current.end = dateValue(value);
    else if (current && name === 'SUMMARY') current.summary = unescapeText(value);
  }
  return found;
}

function kindOf(summary: string): DayMark['kind'] | null {
  if (/班|workday|working day/i.test(summary)) return 'adjusted_workday';
  if (/休|假|holiday|day off/i.test(summary)) return 'holiday';
  return null;
}

/** The day marks a feed gives for `year`; throws `request.invalid` when the text holds no calendar. */
export function parseIcsYear(text: string, year: number): IcsYear {
  if (!/BEGIN:VCALENDAR/i.test(text)) throw invalidFields([{ field: 'ics', code: 'format' }]);
  const marks: DayMark[] = [];
  const skipped: string[] = [];
  for (const event of events(text)) {
    if (!event.start) continue;
    const kind = kindOf(event.summary);
    // DTEND of an all-day event is exclusive; a missing DTEND means one day.
    const last = event.end && event.end > event.start ? addDays(event.end, -1) : event.start;
    const inYear = yearOf(event.start) === year || yearOf(last) === year;
    if (!inYear) continue;
    if (kind === null) {
      skipped.push(event.summary);
      continue;
    }
    const name = event.summary.replace(/[（(]?\s*[休班]\s*[)）]?$/, '').trim() || event.summary;
    for (let day = event.start; day <= last; day = addDays(day, 1)) {
      if (yearOf(day) === year) marks.push({ date: day, kind, name });
    }
  }
  return { marks, skipped };
}
