/**
 * A task's step clock as instants to store on the task row, so the workbench and supervision can filter
 * by warning level with a comparison (DOMAIN.md §5: step clocks warn like the others).
 */
import type { Calendar } from '../calendar/index.js';
import { defaultYellowThreshold, stepClock, warningInstants, type WarningInstants } from '../clock/index.js';
import type { Task } from './types.js';

/**
 * Due and yellow instants of a task, for its step's limit in workdays. The clock runs from the day the
 * step started (this activation), not from the task's own creation: a transfer, delegation or added
 * signer does not buy the step more time, while a return restarts it (a new activation).
 * 行政许可法 第八十二条: counted in workdays; yellow at max(1, ceil(limit / 3)) remaining.
 */
export function taskDue(calendar: Calendar, task: Pick<Task, 'stepStartedOn'>, stepWorkdays: number): WarningInstants {
  const clock = stepClock(calendar, task.stepStartedOn, stepWorkdays);
  const warn = warningInstants(calendar, clock.dueDate, defaultYellowThreshold(stepWorkdays));
  return { ...warn, calendarIncomplete: clock.calendarIncomplete || warn.calendarIncomplete };
}
