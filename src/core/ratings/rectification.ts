/**
 * 差评整改: a bad rating opens a rectification for the responsible department, with a callback (回访) to
 * verify, a deadline in workdays set per region (default 15), the measures and result recorded, and the
 * applicant told (国办发〔2019〕51号: 差评整改 … 整改结果反馈办事企业和群众; DOMAIN.md §8).
 */
import type { Calendar, LocalDate } from '../calendar/index.js';
import { defaultYellowThreshold, periodClock, warningInstants } from '../clock/index.js';

/** Workdays a department has to rectify, where the region set nothing else. */
export const DEFAULT_RECTIFICATION_DAYS = 15;

export const RECTIFICATION_STATUSES = ['open', 'rectified', 'closed'] as const;
/** open → rectified (result recorded), or → closed (an upheld appeal took the rating back). */
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** What the callback found: the complaint holds, does not hold, or the applicant could not be reached. */
export const CALLBACK_RESULTS = ['confirmed', 'not_confirmed', 'unreachable'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];

/** The due and yellow instants of a rectification opened on `openedOn`. */
export interface RectificationClock {
  readonly dueAt: string;
  readonly yellowAt: string;
  readonly calendarIncomplete: boolean;
}

/**
 * The deadline: `days` workdays after the day the bad rating arrived, not counting that day, ending at the
 * end of the last one (counted like every period, 行政许可法 第八十二条, 民法典 第二百零一条). It turns yellow with
 * max(1, ceil(days / 3)) workdays left, like a case's clock, so overdue work warns the same way everywhere.
 */
export function rectificationClock(calendar: Calendar, openedOn: LocalDate, days: number): RectificationClock {
  const clock = periodClock(calendar, openedOn, days);
  const warn = warningInstants(calendar, clock.dueDate, defaultYellowThreshold(days));
  return { dueAt: clock.dueAt, yellowAt: warn.yellowAt, calendarIncomplete: clock.calendarIncomplete || warn.calendarIncomplete };
}
