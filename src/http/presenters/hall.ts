import { formatInstant } from '../../core/clock/index.js';
import { ticketPath, type HallCategory, type Ticket } from '../../core/hall/index.js';
import type { AppointmentView, SlotView } from '../../services/hall/appointments.js';
import type { HallFiguresView } from '../../services/hall/figures.js';
import type { HallSetup } from '../../services/hall/hall-setup.js';
import type { IssuedTicket } from '../../services/hall/take-ticket.js';
import type { PublicTicketView, ScreenView } from '../../services/hall/queue-views.js';
import type { WindowView } from '../../services/hall/window-actions.js';

const at = (instant: string | null) => (instant === null ? null : formatInstant(instant));

export function presentCategory(c: HallCategory) {
  return { id: c.id, prefix: c.prefix, name: c.name, itemCodes: [...c.itemCodes], serviceMinutes: c.serviceMinutes, sortOrder: c.sortOrder, active: c.active };
}

export function presentSetup(s: HallSetup) {
  return {
    hall: { id: s.hall.id, name: s.hall.name, regionCode: s.hall.regionCode }, setUp: s.setUp,
    settings: { hours: [...s.settings.hours], notices: [...s.settings.notices], ...s.settings.rules },
    categories: s.categories.map(presentCategory),
    windows: s.windows.map(({ department, window }) => ({
      windowId: department.id, name: department.name, configured: window !== null, number: window?.number ?? null,
      categoryIds: [...(window?.categoryIds ?? [])], active: window?.active ?? false,
    })),
  };
}

export function presentStaffTicket(t: Ticket) {
  return {
    id: t.id, number: t.number, status: t.status, priority: t.priority, channel: t.channel, categoryId: t.categoryId, originCategoryId: t.originCategoryId,
    takenAt: formatInstant(t.takenAt), calledAt: at(t.calledAt), callCount: t.callCount, windowId: t.windowId, caseId: t.caseId,
    appointmentId: t.appointmentId, transfers: t.transfers,
  };
}

export function presentWindow(v: WindowView) {
  return {
    window: { id: v.window.windowId, name: v.department.name, number: v.window.number, active: v.window.active, hall: { id: v.hall.id, name: v.hall.name } },
    current: v.current ? presentStaffTicket(v.current) : null,
    categories: v.categories.map(({ category, waiting, served }) => ({ id: category.id, prefix: category.prefix, name: category.name, waiting, served })),
  };
}

export function presentPublicTicket(v: PublicTicketView) {
  const t = v.ticket;
  return {
    id: t.id, number: t.number, status: t.status, priority: t.priority, hall: { id: v.hall.id, name: v.hall.name },
    category: { id: v.category.id, prefix: v.category.prefix, name: v.category.name }, takenAt: formatInstant(t.takenAt), calledAt: at(t.calledAt),
    callCount: t.callCount, windowNumber: t.status === 'called' || t.status === 'finished' ? v.window?.number ?? null : null,
    ahead: v.standing?.ahead ?? null, estimatedWaitMinutes: v.standing?.estimatedWaitMinutes ?? null,
  };
}

export function presentIssued(v: PublicTicketView, issued: IssuedTicket) {
  return { ...presentPublicTicket(v), accessCode: issued.accessCode, path: ticketPath(issued.ticket.id, issued.accessCode) };
}

export function presentScreen(v: ScreenView) {
  return {
    hall: { id: v.hall.id, name: v.hall.name }, now: formatInstant(v.now), open: v.open, hoursToday: v.hoursToday,
    calls: v.calls.map((c) => ({ ...c, calledAt: formatInstant(c.calledAt) })), notices: [...v.notices],
    categories: v.categories.map(({ category, waiting }) => ({ id: category.id, prefix: category.prefix, name: category.name, waiting })),
  };
}

export function presentSlot(v: SlotView) {
  const s = v.slot;
  return {
    id: s.id, categoryId: s.category_id, day: s.day, startTime: s.start_time, endTime: s.end_time, capacity: Number(s.capacity),
    available: v.available, bookable: v.bookable,
  };
}

export function presentAppointment(v: AppointmentView) {
  const r = v.row;
  return {
    id: r.id, hallId: r.hall_id, hallName: v.hallName, categoryId: r.category_id, categoryName: v.categoryName, day: r.day, startTime: r.start_time,
    endTime: r.end_time, status: v.status, checkinCode: r.checkin_code, ticketId: r.ticket_id,
  };
}

export function presentFigures(v: HallFiguresView) {
  const named = (names: Record<string, string>) => (row: HallFiguresView['figures']['byCategory'][number]) => ({ ...row, name: names[row.key] ?? row.key });
  const f = v.figures;
  return {
    hall: { id: v.hall.id, name: v.hall.name }, from: v.from, to: v.to, total: f.total,
    byCategory: f.byCategory.map(named(v.names.categories)), byWindow: f.byWindow.map(named(v.names.windows)), byClerk: f.byClerk.map(named(v.names.clerks)),
    perHour: [...f.perHour], perDay: [...f.perDay], appointments: f.appointments,
  };
}
