/** The working-day calendar: dates, official schedules, admin overrides and O(1) workday arithmetic. */
export {
  addDays,
  dayNumberOf,
  isLocalDate,
  localDateFromDayNumber,
  parseLocalDate,
  weekdayOf,
  yearOf,
  type IsoWeekday,
  type LocalDate,
} from './local-date.js';
export { OFFICIAL_NOTICES, type HolidayNotice, type OfficialHoliday } from './data/official.js';
export {
  DAY_KINDS,
  mergeCalendarSpecs,
  officialCalendarSpec,
  validateCalendarSpec,
  type CalendarSpec,
  type DayKind,
  type DayMark,
} from './day-marks.js';
export { INDEX_FIRST_YEAR, INDEX_LAST_YEAR } from './day-index.js';
export {
  buildCalendar,
  calendarWithOverrides,
  dayKind,
  describeDay,
  isCoveredDate,
  isWorkday,
  officialCalendar,
  type Calendar,
  type DayInfo,
} from './calendar.js';
export {
  addWorkdays,
  countWorkdays,
  nextWorkdayOnOrAfter,
  remainingWorkdays,
  subtractWorkdays,
  workdaysBetween,
  type CountResult,
  type DatedResult,
} from './workdays.js';
