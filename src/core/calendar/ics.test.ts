import { describe, expect, it } from 'vitest';
import { parseIcsYear } from './ics.js';
import { DomainError } from '../errors.js';

const FEED = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//CN holidays//ZH',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270206', 'DTEND;VALUE=DATE:20270214', 'SUMMARY:春节 休', 'END:VEVENT',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270131', 'DTEND;VALUE=DATE:20270201', 'SUMMARY:春节调休 （班）', 'END:VEVENT',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270115', 'SUMMARY:腊八', 'END:VEVENT',
  'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:元旦', ' 休', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

describe('iCalendar import', () => {
  it('turns 休 events into holidays over their whole range (DTEND exclusive) and 班 events into adjusted workdays', () => {
    const { marks, skipped } = parseIcsYear(FEED, 2027);
    const holidays = marks.filter((m) => m.kind === 'holiday').map((m) => m.date);
    expect(holidays).toEqual(['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-01-01']);
    expect(marks.filter((m) => m.kind === 'adjusted_workday')).toEqual([{ date: '2027-01-31', kind: 'adjusted_workday', name: '春节调休' }]);
    expect(skipped).toEqual(['腊八']);
  });

  it('keeps only the asked year of an event that spans New Year (folded lines unfolded)', () => {
    const dates2026 = parseIcsYear(FEED, 2026).marks.map((m) => m.date);
    expect(dates2026).toEqual(['2026-12-31']);
  });

  it('rejects text that is no calendar with a field error', () => {
    expect(() => parseIcsYear('hello', 2027)).toThrow(DomainError);
  });
});
