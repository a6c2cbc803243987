import { describe, expect, it } from 'vitest';
import { OFFICIAL_NOTICES } from './data/official.js';
import { addDays, parseLocalDate, weekdayOf } from './local-date.js';
import { countWorkdays, officialCalendar, dayKind } from './index.js';

// Typed again by hand from the notices, independently of data/official.ts.
const DAYS_OFF: Record<number, string> = {
  2024: '01-01 02-10 02-11 02-12 02-13 02-14 02-15 02-16 02-17 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 06-10 09-15 09-16 09-17 10-01 10-02 10-03 10-04 10-05 10-06 10-07',
  2025: '01-01 01-28 01-29 01-30 01-31 02-01 02-02 02-03 02-04 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 05-31 06-01 06-02 10-01 10-02 10-03 10-04 10-05 10-06 10-07 10-08',
  2026: '01-01 01-02 01-03 02-15 02-16 02-17 02-18 02-19 02-20 02-21 02-22 02-23 04-04 04-05 04-06 05-01 05-02 05-03 05-04 05-05 06-19 06-20 06-21 09-25 09-26 09-27 10-01 10-02 10-03 10-04 10-05 10-06 10-07',
};
// Adjusted workdays with the weekday the notice prints (6 = 周六/星期六, 7 = 周日/星期日).
const WORKED: Record<number, Record<string, 6 | 7>> = {
  2024: { '02-04': 7, '02-18': 7, '04-07': 7, '04-28': 7, '05-11': 6, '09-14': 6, '09-29': 7, '10-12': 6 },
  2025: { '01-26': 7, '02-08': 6, '04-27': 7, '09-28': 7, '10-11': 6 },
  2026: { '01-04': 7, '02-14': 6, '02-28': 6, '05-09': 6, '09-20': 7, '10-10': 6 },
};
// Weekdays printed next to holiday dates in the 2025 and 2026 notices (1 = 周一 … 7 = 周日).
const PRINTED_WEEKDAYS: Record<string, number> = {
  '2025-01-01': 3, '2025-01-28': 2, '2025-02-04': 2, '2025-04-04': 5, '2025-04-06': 7, '2025-05-01': 4,
  '2025-05-05': 1, '2025-05-31': 6, '2025-06-02': 1, '2025-10-01': 3, '2025-10-08': 3,
  '2026-01-01': 4, '2026-01-03': 6, '2026-02-15': 7, '2026-02-23': 1, '2026-04-04': 6, '2026-04-06': 1,
  '2026-05-01': 5, '2026-05-05': 2, '2026-06-19': 5, '2026-06-21': 7, '2026-09-25': 5, '2026-09-27': 7,
  '2026-10-01': 4, '2026-10-07': 3,
};
// Statutory holiday days (全体公民放假的节日): 11 until 2024, 13 from 2025 (国务院令第798号).
const STATUTORY: Record<number, number> = { 2024: 11, 2025: 13, 2026: 13 };
const WORKDAYS_IN_YEAR: Record<number, number> = { 2024: 251, 2025: 248, 2026: 248 };
const DOCUMENTS: Record<number, string> = { 2024: '国办发明电〔2023〕7号', 2025: '国办发明电〔2024〕12号', 2026: '国办发明电〔2025〕7号' };

function expand(notice: (typeof OFFICIAL_NOTICES)[number]) {
  const off: string[] = [];
  for (const h of notice.holidays) {
    for (let d = parseLocalDate(h.from); d <= h.to; d = addDays(d, 1)) off.push(d);
  }
  return { off, worked: notice.holidays.flatMap((h) => h.workdays) };
}

describe.each(OFFICIAL_NOTICES.map((n) => [n.year, n] as const))('official notice for %i', (year, notice) => {
  it('names its document', () => {
    expect(notice.document).toBe(DOCUMENTS[year]);
    expect(notice.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
  });

  it('lists exactly the days off and adjusted workdays of the notice', () => {
    const { off, worked } = expand(notice);
    expect(off).toEqual(DAYS_OFF[year]?.split(' ').map((md) => `${year}-${md}`));
    expect(worked.sort()).toEqual(Object.keys(WORKED[year] ?? {}).map((md) => `${year}-${md}`).sort());
  });

  it('puts every adjusted workday on the weekend day the notice prints', () => {
    for (const [md, weekday] of Object.entries(WORKED[year] ?? {})) {
      expect(weekdayOf(parseLocalDate(`${year}-${md}`)), md).toBe(weekday);
    }
  });

  it('agrees with the weekdays printed beside holiday dates', () => {
    for (const [date, weekday] of Object.entries(PRINTED_WEEKDAYS).filter(([d]) => d.startsWith(String(year)))) {
      expect(weekdayOf(parseLocalDate(date)), date).toBe(weekday);
    }
  });

  it('gives weekday days off minus adjusted workdays = the statutory holiday days', () => {
    const { off, worked } = expand(notice);
    const weekdaysOff = off.filter((d) => weekdayOf(parseLocalDate(d)) <= 5).length;
    expect(weekdaysOff - worked.length).toBe(STATUTORY[year]);
  });

  it('has the known number of workdays in the year', () => {
    const result = countWorkdays(officialCalendar(), parseLocalDate(`${year}-01-01`), parseLocalDate(`${year}-12-31`));
    expect(result).toEqual({ workdays: WORKDAYS_IN_YEAR[year], calendarIncomplete: false });
  });

  it('reports holidays and adjusted workdays as such', () => {
    const { off, worked } = expand(notice);
    for (const d of off) expect(dayKind(officialCalendar(), parseLocalDate(d))).toBe('holiday');
    for (const d of worked) expect(dayKind(officialCalendar(), parseLocalDate(d))).toBe('adjusted_workday');
  });
});
