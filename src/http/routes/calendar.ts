import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addWorkdays, describeDay, parseLocalDate } from '../../core/calendar/index.js';
import { currentCalendar } from '../../services/calendar/calendar-source.js';
import { clearDay, importYear, markDay } from '../../services/calendar/manage-calendar.js';
import { calendarOverview, yearView } from '../../services/calendar/year-view.js';
import type { Deps } from '../../services/context.js';
import { ctxOf } from '../request-context.js';
import {
  AddWorkdaysQuery, AddWorkdaysResult, CalendarOverview, DayInfo, ImportResult, ImportYear, MarkDay, Year, YearView,
} from '../schemas/calendar.js';
import { LocalDate, withErrors } from '../schemas/common.js';

const tags = ['calendar'];

/** The working-day calendar: public arithmetic (API.md) and the admin's corrections and imports. */
export function calendarRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/calendar/add-workdays', {
      schema: { tags, security: [], summary: 'The date N workdays after a date (the date itself not counted; N=0: that date if a workday, else the next)', querystring: AddWorkdaysQuery, response: withErrors({ 200: AddWorkdaysResult }) },
    }, async (request) => {
      const { from, days } = request.query;
      const result = addWorkdays(await currentCalendar(deps), parseLocalDate(from), days);
      return { from, days, date: result.date, calendarIncomplete: result.calendarIncomplete };
    });

    app.get('/api/v1/calendar/days/:date', {
      schema: { tags, security: [], summary: 'Whether a date is a workday, and why', params: Type.Object({ date: LocalDate }), response: withErrors({ 200: DayInfo }) },
    }, async (request) => describeDay(await currentCalendar(deps), parseLocalDate(request.params.date)));

    app.get('/api/v1/calendar', {
      schema: { tags, summary: 'Covered years, the notices shipped, and the years still missing', response: withErrors({ 200: CalendarOverview }) },
    }, async (request) => calendarOverview(ctxOf(deps, request)));

    app.get('/api/v1/calendar/years/:year', {
      schema: { tags, summary: 'Every day of a year with its kind (for the calendar page)', params: Type.Object({ year: Year }), response: withErrors({ 200: YearView }) },
    }, async (request) => yearView(ctxOf(deps, request), request.params.year));

    app.put('/api/v1/calendar/days/:date', {
      schema: { tags, summary: 'Mark a day (admin): holiday, adjusted_workday, workday or weekend', params: Type.Object({ date: LocalDate }), body: MarkDay, response: withErrors({ 200: DayInfo }) },
    }, async (request) => markDay(ctxOf(deps, request), request.params.date, request.body));

    app.delete('/api/v1/calendar/days/:date', {
      schema: { tags, summary: "Remove an admin's mark from a day (admin)", params: Type.Object({ date: LocalDate }), response: withErrors({ 200: DayInfo }) },
    }, async (request) => clearDay(ctxOf(deps, request), request.params.date));

    app.post('/api/v1/calendar/years/:year/import', {
      schema: { tags, summary: "Import a year's schedule from JSON or an iCalendar (.ics) feed (admin); replaces that year's marks", params: Type.Object({ year: Year }), body: ImportYear, response: withErrors({ 200: ImportResult }) },
    }, async (request) => importYear(ctxOf(deps, request), request.params.year, request.body));
  };
}
