import { Type } from '@sinclair/typebox';
import { DAY_KINDS } from '../../core/calendar/index.js';
import { LocalDate } from './common.js';

export const DayKind = Type.Union(DAY_KINDS.map((k) => Type.Literal(k)));

export const DayInfo = Type.Object({
  date: Type.String(), workday: Type.Boolean(), kind: DayKind,
  name: Type.Optional(Type.String()), calendarIncomplete: Type.Boolean(),
});

export const AddWorkdaysQuery = Type.Object({
  from: LocalDate, days: Type.Integer({ minimum: 0, maximum: 10_000 }),
});
export const AddWorkdaysResult = Type.Object({
  from: Type.String(), days: Type.Integer(), date: Type.String(), calendarIncomplete: Type.Boolean(),
});

export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const CalendarOverview = Type.Object({
  coveredYears: Type.Array(Type.Integer()),
  officialYears: Type.Array(Type.Integer()),
  missingYears: Type.Array(Type.Integer(), { description: 'Years around today with no holiday schedule: counted with weekends only' }),
  notices: Type.Array(Type.Object({ year: Type.Integer(), document: Type.String(), title: Type.String() })),
});

export const YearView = Type.Object({
  year: Type.Integer(), covered: Type.Boolean(),
  days: Type.Array(Type.Object({ date: Type.String(), kind: DayKind, name: Type.Optional(Type.String()), overridden: Type.Boolean() })),
});

export const MarkDay = Type.Object({ kind: DayKind, name: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })) }, { additionalProperties: false });

const Holiday = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 30 }), from: Type.String(), to: Type.String(),
  workdays: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })),
}, { additionalProperties: false });

export const ImportYear = Type.Union([
  Type.Object({ format: Type.Literal('json'), schedule: Type.Object({ holidays: Type.Array(Holiday, { maxItems: 40 }) }) }, { additionalProperties: false }),
  Type.Object({ format: Type.Literal('ics'), ics: Type.String({ minLength: 1, maxLength: 512 * 1024 }) }, { additionalProperties: false }),
]);
export const ImportResult = Type.Object({ year: Type.Integer(), marks: Type.Integer(), skipped: Type.Array(Type.String()) });
