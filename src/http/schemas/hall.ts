import { Type, type TSchema } from '@sinclair/typebox';
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../core/hall/index.js';
import { Id, LocalDate, Text } from './common.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));
const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$', description: 'HH:MM, Asia/Shanghai' });
const Minutes = (description: string) => Type.Union([Type.Number(), Type.Null()], { description });

export const HallParams = Type.Object({ hallId: Id });
export const WindowParams = Type.Object({ windowId: Id });
export const TicketParams = Type.Object({ ticketId: Id });

const OpeningRange = Type.Object({
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: '1 Monday … 7 Sunday' }), open: ClockTime, close: ClockTime,
}, { additionalProperties: false });

export const HallSettingsBody = Type.Object({
  hours: Type.Array(OpeningRange, { maxItems: 42, description: 'opening periods per weekday; holidays are closed, an adjusted workday (调休) keeps Monday\'s' }),
  notices: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20, description: 'shown on the waiting-room screen' }),
  noShowCalls: Type.Integer({ minimum: 1, maximum: 10, description: 'calls after which a skip makes the ticket a no-show' }),
  elderlyAge: Type.Integer({ minimum: 50, maximum: 100, description: 'age (周岁) from which a visitor has priority' }),
  agingMinutes: Type.Integer({ minimum: 5, maximum: 240, description: 'an ordinary ticket waiting this long ranks with priority ones' }),
}, { additionalProperties: false });

const Category = Type.Object({
  id: Type.String(), prefix: Type.String(), name: Type.String(), itemCodes: Type.Array(Type.String()), serviceMinutes: Type.Integer(),
  sortOrder: Type.Integer(), active: Type.Boolean(),
});
export { Category as HallCategory };

const CategoryFields = {
  name: Text(40),
  itemCodes: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200, description: 'the items this category covers' }),
  serviceMinutes: Type.Integer({ minimum: 1, maximum: 240, description: 'minutes a visitor takes, for the wait estimate before throughput is known' }),
  sortOrder: Type.Integer({ minimum: 0, maximum: 999 }),
  active: Type.Boolean(),
};
export const CreateCategoryBody = Type.Object({
  prefix: Type.String({ minLength: 1, maxLength: 1, description: 'the ticket letter (A–Z without I and O); never changes' }),
  name: CategoryFields.name,
  itemCodes: Type.Optional(CategoryFields.itemCodes), serviceMinutes: Type.Optional(CategoryFields.serviceMinutes),
  sortOrder: Type.Optional(CategoryFields.sortOrder), active: Type.Optional(CategoryFields.active),
}, { additionalProperties: false });
export const UpdateCategoryBody = Type.Partial(Type.Object(CategoryFields), { additionalProperties: false });

export const WindowSetupBody = Type.Object({
  number: Type.String({ minLength: 1, maxLength: 8, pattern: '\\S', description: 'as the screen says it: "5" → 5 号窗口' }),
  categoryIds: Type.Array(Id, { maxItems: 26 }),
  active: Type.Boolean(),
}, { additionalProperties: false });

const HallRef = Type.Object({ id: Type.String(), name: Type.String() });
const WindowSetup = Type.Object({
  windowId: Type.String(), name: Type.String(), configured: Type.Boolean(), number: Nullable(Type.String()), categoryIds: Type.Array(Type.String()),
  active: Type.Boolean(),
});
export const HallSetup = Type.Object({
  hall: Type.Object({ id: Type.String(), name: Type.String(), regionCode: Type.String() }),
  setUp: Type.Boolean(),
  settings: Type.Object({
    hours: Type.Array(OpeningRange), notices: Type.Array(Type.String()), noShowCalls: Type.Integer(), elderlyAge: Type.Integer(), agingMinutes: Type.Integer(),
  }),
  categories: Type.Array(Category),
  windows: Type.Array(WindowSetup),
});
export const HallList = Type.Object({ halls: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), regionCode: Type.String(), setUp: Type.Boolean() })) });

export const SlotsBody = Type.Object({
  categoryId: Id, from: LocalDate, to: LocalDate,
  times: Type.Array(Type.Object({ start: Type.String(), end: Type.String() }, { additionalProperties: false }), { minItems: 1, maxItems: 48 }),
  capacity: Type.Integer({ minimum: 1, maximum: 500 }),
}, { additionalProperties: false });
export const SlotsCreated = Type.Object({ created: Type.Integer(), days: Type.Integer({ description: 'days of the period the hall is open and got slots' }) });
export const SlotsQuery = Type.Object({ from: LocalDate, to: LocalDate, categoryId: Type.Optional(Id) });
export const Slot = Type.Object({
  id: Type.String(), categoryId: Type.String(), day: Type.String(), startTime: Type.String(), endTime: Type.String(), capacity: Type.Integer(),
  available: Type.Integer(), bookable: Type.Boolean(),
});

/** A ticket as staff see it (no personal data is kept on tickets at all). */
export const StaffTicket = Type.Object({
  id: Type.String(), number: Type.String(), status: literals(TICKET_STATUSES), priority: literals(TICKET_PRIORITIES), channel: literals(TICKET_CHANNELS),
  categoryId: Type.String(), originCategoryId: Type.String(), takenAt: Type.String(), calledAt: Nullable(Type.String()), callCount: Type.Integer(),
  windowId: Nullable(Type.String()), caseId: Nullable(Type.String()), appointmentId: Nullable(Type.String()), transfers: Type.Integer(),
});
export const TicketAnswer = Type.Object({ ticket: StaffTicket });
export const CallNextAnswer = Type.Object({ ticket: Nullable(StaffTicket) });
export const TransferBody = Type.Object({ categoryId: Id }, { additionalProperties: false });
export const FinishBody = Type.Object({ caseId: Type.Optional(Id) }, { additionalProperties: false });
export const LinkCaseBody = Type.Object({ caseId: Id }, { additionalProperties: false });

const WindowCategory = Type.Object({ id: Type.String(), prefix: Type.String(), name: Type.String(), waiting: Type.Integer(), served: Type.Boolean() });
export const WindowState = Type.Object({
  window: Type.Object({ id: Type.String(), name: Type.String(), number: Type.String(), active: Type.Boolean(), hall: HallRef }),
  current: Nullable(StaffTicket),
  categories: Type.Array(WindowCategory),
});
export const WindowList = Type.Object({ windows: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), number: Type.String(), hallId: Type.String(), active: Type.Boolean() })) });

export const TakeTicketBody = Type.Object({
  categoryId: Id,
  channel: Type.Union([Type.Literal('kiosk'), Type.Literal('phone')]),
  assist: Type.Optional(Type.Union([Type.Literal('elderly'), Type.Literal('disabled')], { description: '适老化: priority, checked at the window' })),
  idNumber: Type.Optional(Type.String({ format: 'id-number', description: 'read from an ID card at the kiosk to recognise age; never stored' })),
}, { additionalProperties: false });
export const CheckInCodeBody = Type.Object({ code: Type.String({ pattern: '^\\d{8}$' }) }, { additionalProperties: false });
export const TicketCodeQuery = Type.Object({ code: Type.String({ minLength: 8, maxLength: 64 }) });

/** A ticket on the visitor's phone: its number and where to go, no personal data. */
export const PublicTicket = Type.Object({
  id: Type.String(), number: Type.String(), status: literals(TICKET_STATUSES), priority: literals(TICKET_PRIORITIES),
  hall: HallRef, category: Type.Object({ id: Type.String(), prefix: Type.String(), name: Type.String() }),
  takenAt: Type.String(), calledAt: Nullable(Type.String()), callCount: Type.Integer(),
  windowNumber: Nullable(Type.String({ description: 'the window to go to while called: 请到 N 号窗口' })),
  ahead: Nullable(Type.Integer({ description: 'tickets of the category to be called first (while waiting)' })),
  estimatedWaitMinutes: Nullable(Type.Integer()),
});
export const IssuedTicket = Type.Intersect([PublicTicket, Type.Object({
  accessCode: Type.String({ description: 'the secret of the phone page; shown once' }), path: Type.String({ description: 'the phone page' }),
})]);

export const Screen = Type.Object({
  hall: HallRef, now: Type.String(), open: Type.Boolean(), hoursToday: Type.Array(Type.Object({ open: Type.String(), close: Type.String() })),
  calls: Type.Array(Type.Object({ number: Type.String(), windowNumber: Type.String(), calledAt: Type.String(), status: Type.String() })),
  categories: Type.Array(Type.Object({ id: Type.String(), prefix: Type.String(), name: Type.String(), waiting: Type.Integer() })),
  notices: Type.Array(Type.String()),
});
export const PublicHallList = Type.Object({ halls: Type.Array(HallRef) });

export const BookBody = Type.Object({ slotId: Id }, { additionalProperties: false });
export const AppointmentParams = Type.Object({ id: Id });
export const Appointment = Type.Object({
  id: Type.String(), hallId: Type.String(), hallName: Type.String(), categoryId: Type.String(), categoryName: Type.String(), day: Type.String(),
  startTime: Type.String(), endTime: Type.String(), status: literals(['booked', 'cancelled', 'checked_in', 'no_show'] as const),
  checkinCode: Type.String({ description: 'typed at the kiosk to check in' }), ticketId: Nullable(Type.String()),
});

export const FiguresQuery = Type.Object({ from: LocalDate, to: LocalDate });
const QueueFigures = {
  tickets: Type.Integer(), called: Type.Integer(), finished: Type.Integer(), noShows: Type.Integer(),
  avgWaitMinutes: Minutes('taking the number → first call'), maxWaitMinutes: Minutes('the longest wait'),
  avgServeMinutes: Minutes('last call → finished'), noShowRate: Type.Union([Type.Number(), Type.Null()], { description: 'no-shows / (finished + no-shows)' }),
};
const Row = Type.Object({ key: Type.String(), name: Type.String(), ...QueueFigures });
export const Figures = Type.Object({
  hall: HallRef, from: Type.String(), to: Type.String(), total: Type.Object(QueueFigures),
  byCategory: Type.Array(Row), byWindow: Type.Array(Row), byClerk: Type.Array(Row),
  perHour: Type.Array(Type.Object({ hour: Type.Integer(), tickets: Type.Integer() })),
  perDay: Type.Array(Type.Object({ day: Type.String(), tickets: Type.Integer() })),
  appointments: Type.Object({
    booked: Type.Integer(), checkedIn: Type.Integer(), cancelled: Type.Integer(), noShows: Type.Integer(),
    noShowRate: Type.Union([Type.Number(), Type.Null()], { description: 'no-shows / (checked in + no-shows)' }),
  }),
});
