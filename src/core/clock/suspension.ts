/**
 * Suspensions stop the decision clock (行政许可法 第四十五条: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审
 * are not counted in the period). Overlapping suspensions are joined, so no workday is counted twice.
 */
import { invalidFields, type FieldError } from '../errors.js';
import {
  countWorkdays,
  dayNumberOf,
  localDateFromDayNumber,
  type Calendar,
  type LocalDate,
} from '../calendar/index.js';

/** One suspension: paused on `from`, resumed on `to` (still open when absent or null). */
export interface Suspension {
  readonly from: LocalDate;
  readonly to?: LocalDate | null;
}

/** Suspended workdays, and whether counting them needed a year the calendar does not cover. */
export interface SuspendedWorkdays {
  readonly workdays: number;
  readonly calendarIncomplete: boolean;
}

/**
 * Workdays lost to suspensions: the workdays W with from ≤ W < to, over the union of all suspensions,
 * counting only days after `acceptedOn` (the clock never counts that day). An open suspension counts
 * through `today` inclusive, as if it resumed tomorrow.
 * 行政许可法 第四十五条: time needed for hearings, tests, expert review etc. is not counted.
 */
export function suspendedWorkdays(
  calendar: Calendar,
  acceptedOn: LocalDate,
  suspensions: readonly Suspension[],
  today: LocalDate,
): SuspendedWorkdays {
  const fields: FieldError[] = [];
  const firstCounted = dayNumberOf(acceptedOn) + 1;
  const spans: Array<[number, number]> = [];
  suspensions.forEach((s, i) => {
    const from = dayNumberOf(s.from);
    const end = s.to == null ? dayNumberOf(today) + 1 : dayNumberOf(s.to);
    if (s.to != null && end < from) fields.push({ field: `suspensions[${i}].to`, code: 'date_order' });
    else if (Math.max(from, firstCounted) < end) spans.push([Math.max(from, firstCounted), end]);
  });
  if (fields.length > 0) throw invalidFields(fields);
  spans.sort((a, b) => a[0] - b[0]);
  let workdays = 0;
  let calendarIncomplete = false;
  let open: [number, number] | undefined;
  const close = (span: [number, number]) => {
    const counted = countWorkdays(calendar, localDateFromDayNumber(span[0]), localDateFromDayNumber(span[1] - 1));
    workdays += counted.workdays;
    calendarIncomplete ||= counted.calendarIncomplete;
  };
  for (const span of spans) {
    if (open && span[0] <= open[1]) open[1] = Math.max(open[1], span[1]);
    else {
      if (open) close(open);
      open = [span[0], span[1]];
    }
  }
  if (open) close(open);
  return { workdays, calendarIncomplete };
}
