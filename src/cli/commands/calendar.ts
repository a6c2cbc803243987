/**
 * `tongban calendar add-workdays YYYY-MM-DD N` and `tongban calendar is-workday YYYY-MM-DD` (API.md).
 * Output is the answer alone on stdout; bad input is explained on stderr with exit code 2.
 */
import type { Command, CommanderError } from 'commander';
import { DomainError, errorMessage, fieldMessage, invalidFields, langFromHeader, type Lang } from '../../core/errors.js';
import { addWorkdays, isCoveredDate, isWorkday, officialCalendar, parseLocalDate, type Calendar } from '../../core/calendar/index.js';

/** Supplies the calendar to count with; it gets the running command to read options such as `--db`. */
export type CalendarLoader = (command: Command) => Calendar | Promise<Calendar>;

/** Exit code for bad input (a usage error), distinct from 1 for failures. */
export const EXIT_BAD_INPUT = 2;

function lang(): Lang {
  return langFromHeader(process.env.LC_ALL ?? process.env.LANG);
}

function describeError(error: DomainError, l: Lang): string {
  const fields = error.fields.map((f) => `${f.field} ${fieldMessage(f.code, l, f.params)}`);
  const value = error.params.value === undefined ? '' : ` (${String(error.params.value)})`;
  return [`${errorMessage(error.code, l, error.params)}${value}`, ...fields].join('; ');
}

// Commander's own usage errors (missing argument, unknown option) exit 1 by default; ours is 2.
function exitOnUsageError(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
}

function parseDays(text: string): number {
  if (/^-\d+$/.test(text)) throw invalidFields([{ field: 'N', code: 'minimum', params: { limit: 0 } }]);
  if (!/^\d{1,6}$/.test(text)) throw invalidFields([{ field: 'N', code: 'format' }]);
  return Number(text);
}

async function run(command: Command, load: CalendarLoader, answer: (calendar: Calendar) => string): Promise<void> {
  const l = lang();
  try {
    const output = answer(await load(command));
    process.stdout.write(`${output}\n`);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`tongban calendar ${command.name()}: ${describeError(error, l)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

// The answer stays alone on stdout; the caveat goes to stderr.
function noteIncomplete(date: string, incomplete: boolean): void {
  if (!incomplete) return;
  const zh = `注意：计算涉及尚未载入节假日安排的年份，仅按周末计算（${date}）`;
  const en = `note: a year without a loaded holiday schedule was counted with weekends only (${date})`;
  process.stderr.write(`${lang() === 'en' ? en : zh}\n`);
}

/** Adds `calendar add-workdays` and `calendar is-workday` to the program; returns the `calendar` command. */
export function registerCalendarCommand(program: Command, loadCalendar: CalendarLoader = () => officialCalendar()): Command {
  const calendar = program
    .command('calendar')
    .description('working-day calendar: counts workdays in Asia/Shanghai per the State Council holiday notices')
    .exitOverride(exitOnUsageError);

  calendar
    .command('add-workdays')
    .description('print the date N workdays after DATE (DATE not counted; N = 0: DATE if a workday, else the next workday)')
    .argument('<date>', 'start date, YYYY-MM-DD (Asia/Shanghai)')
    .argument('<n>', 'number of workdays, 0 or more')
    .exitOverride(exitOnUsageError)
    .action(async (date: string, n: string, _options: unknown, command: Command) => {
      await run(command, loadCalendar, (cal) => {
        const result = addWorkdays(cal, parseLocalDate(date), parseDays(n));
        noteIncomplete(result.date, result.calendarIncomplete);
        return result.date;
      });
    });

  calendar
    .command('is-workday')
    .description('print true if DATE is a workday (a weekday that is not a holiday, or an adjusted workday), else false')
    .argument('<date>', 'date, YYYY-MM-DD (Asia/Shanghai)')
    .exitOverride(exitOnUsageError)
    .action(async (date: string, _options: unknown, command: Command) => {
      await run(command, loadCalendar, (cal) => {
        const day = parseLocalDate(date);
        noteIncomplete(day, !isCoveredDate(cal, day));
        return String(isWorkday(cal, day));
      });
    });

  return calendar;
}
