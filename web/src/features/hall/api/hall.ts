import type { TicketPriority, TicketStatus } from '@core/hall/types';
import { api } from '@/lib/api-client';

const enc = encodeURIComponent;

/** A hall as the public pages name it. */
export interface HallRef {
  id: string;
  name: string;
}

export interface OpeningRange {
  weekday: number;
  open: string;
  close: string;
}

export interface HallCategory {
  id: string;
  prefix: string;
  name: string;
  itemCodes: string[];
  serviceMinutes: number;
  sortOrder: number;
  active: boolean;
}

export interface HallSettings {
  hours: OpeningRange[];
  notices: string[];
  noShowCalls: number;
  elderlyAge: number;
  agingMinutes: number;
}

export interface WindowSetup {
  windowId: string;
  name: string;
  configured: boolean;
  number: string | null;
  categoryIds: string[];
  active: boolean;
}

export interface HallSetup {
  hall: HallRef & { regionCode: string };
  setUp: boolean;
  settings: HallSettings;
  categories: HallCategory[];
  windows: WindowSetup[];
}

export const listHalls = (signal?: AbortSignal) => api.get<{ halls: (HallRef & { regionCode: string; setUp: boolean })[] }>('/api/v1/halls', { signal });
export const getHallSetup = (hallId: string, signal?: AbortSignal) => api.get<HallSetup>(`/api/v1/halls/${enc(hallId)}`, { signal });
export const saveHallSettings = (hallId: string, settings: HallSettings) => api.put<HallSetup>(`/api/v1/halls/${enc(hallId)}/settings`, settings);
export const createCategory = (hallId: string, body: Omit<HallCategory, 'id'>) => api.post<HallCategory>(`/api/v1/halls/${enc(hallId)}/categories`, body);
export const updateCategory = (hallId: string, id: string, body: Partial<Omit<HallCategory, 'id' | 'prefix'>>) =>
  api.patch<HallCategory>(`/api/v1/halls/${enc(hallId)}/categories/${enc(id)}`, body);
export const setUpWindow = (hallId: string, windowId: string, body: { number: string; categoryIds: string[]; active: boolean }) =>
  api.put<HallSetup>(`/api/v1/halls/${enc(hallId)}/windows/${enc(windowId)}`, body);
export const createSlots = (hallId: string, body: { categoryId: string; from: string; to: string; times: { start: string; end: string }[]; capacity: number }) =>
  api.post<{ created: number; days: number }>(`/api/v1/halls/${enc(hallId)}/slots`, body);

/** A ticket at a window, as the clerk sees it (tickets hold no personal data). */
export interface StaffTicket {
  id: string;
  number: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: string;
  categoryId: string;
  takenAt: string;
  calledAt: string | null;
  callCount: number;
  windowId: string | null;
  caseId: string | null;
  transfers: number;
}

export interface WindowState {
  window: { id: string; name: string; number: string; active: boolean; hall: HallRef };
  current: StaffTicket | null;
  categories: { id: string; prefix: string; name: string; waiting: number; served: boolean }[];
}

export const myWindows = (signal?: AbortSignal) =>
  api.get<{ windows: { id: string; name: string; number: string; hallId: string; active: boolean }[] }>('/api/v1/hall-windows', { signal });
export const getWindow = (windowId: string, signal?: AbortSignal) => api.get<WindowState>(`/api/v1/hall-windows/${enc(windowId)}`, { signal });
export const callNext = (windowId: string) => api.post<{ ticket: StaffTicket | null }>(`/api/v1/hall-windows/${enc(windowId)}/call-next`);
export const windowAction = (windowId: string, action: 'recall' | 'skip' | 'transfer' | 'finish', body?: object) =>
  api.post<{ ticket: StaffTicket }>(`/api/v1/hall-windows/${enc(windowId)}/${action}`, body);
export const linkCase = (ticketId: string, caseId: string) => api.post<{ ticket: StaffTicket }>(`/api/v1/hall-tickets/${enc(ticketId)}/case`, { caseId });

/** A ticket on the visitor's phone. */
export interface PublicTicket {
  id: string;
  number: string;
  status: TicketStatus;
  priority: TicketPriority;
  hall: HallRef;
  category: { id: string; prefix: string; name: string };
  takenAt: string;
  calledAt: string | null;
  callCount: number;
  windowNumber: string | null;
  ahead: number | null;
  estimatedWaitMinutes: number | null;
}

export type IssuedTicket = PublicTicket & { accessCode: string; path: string };

/** The waiting-room screen (and the kiosk's list of categories). */
export interface Screen {
  hall: HallRef;
  now: string;
  open: boolean;
  hoursToday: { open: string; close: string }[];
  calls: { number: string; windowNumber: string; calledAt: string; status: string }[];
  categories: { id: string; prefix: string; name: string; waiting: number }[];
  notices: string[];
}

const open = { allowUnauthorized: true } as const;
export const publicHalls = (signal?: AbortSignal) => api.get<{ halls: HallRef[] }>('/api/v1/public/halls', { signal, ...open });
export const getScreen = (hallId: string, signal?: AbortSignal) => api.get<Screen>(`/api/v1/public/halls/${enc(hallId)}/screen`, { signal, ...open });
export const screenStream = (hallId: string) => `/api/v1/public/halls/${enc(hallId)}/screen/stream`;
export const takeTicket = (hallId: string, body: { categoryId: string; channel: 'kiosk' | 'phone'; assist?: 'elderly' | 'disabled' }) =>
  api.post<IssuedTicket>(`/api/v1/public/halls/${enc(hallId)}/tickets`, body, open);
export const checkInByCode = (hallId: string, code: string) => api.post<IssuedTicket>(`/api/v1/public/halls/${enc(hallId)}/check-in`, { code }, open);
export const ticketStream = (ticketId: string, code: string) => `/api/v1/public/hall-tickets/${enc(ticketId)}/stream?code=${enc(code)}`;
export const ticketQrUrl = (ticketId: string, code: string) => `/api/v1/public/hall-tickets/${enc(ticketId)}/qr.svg?code=${enc(code)}`;
export const hallQrUrl = (hallId: string) => `/api/v1/public/halls/${enc(hallId)}/qr.svg`;

export interface Slot {
  id: string;
  categoryId: string;
  day: string;
  startTime: string;
  endTime: string;
  capacity: number;
  available: number;
  bookable: boolean;
}

export const listSlots = (hallId: string, query: { from: string; to: string; categoryId?: string }, signal?: AbortSignal) =>
  api.get<{ slots: Slot[] }>(`/api/v1/public/halls/${enc(hallId)}/slots`, { query, signal, ...open });

export interface Appointment {
  id: string;
  hallId: string;
  hallName: string;
  categoryId: string;
  categoryName: string;
  day: string;
  startTime: string;
  endTime: string;
  status: 'booked' | 'cancelled' | 'checked_in' | 'no_show';
  checkinCode: string;
  ticketId: string | null;
}

export const myAppointments = (signal?: AbortSignal) => api.get<{ appointments: Appointment[] }>('/api/v1/hall-appointments', { signal });
export const book = (slotId: string) => api.post<Appointment>('/api/v1/hall-appointments', { slotId });
export const changeAppointment = (id: string, slotId: string) => api.post<Appointment>(`/api/v1/hall-appointments/${enc(id)}/change`, { slotId });
export const cancelAppointment = (id: string) => api.post<Appointment>(`/api/v1/hall-appointments/${enc(id)}/cancel`);
export const checkIn = (id: string) => api.post<IssuedTicket>(`/api/v1/hall-appointments/${enc(id)}/check-in`);

export interface QueueFigures {
  tickets: number;
  called: number;
  finished: number;
  noShows: number;
  avgWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  avgServeMinutes: number | null;
  noShowRate: number | null;
}
export type FigureRow = QueueFigures & { key: string; name: string };

export interface HallFigures {
  hall: HallRef;
  from: string;
  to: string;
  total: QueueFigures;
  byCategory: FigureRow[];
  byWindow: FigureRow[];
  byClerk: FigureRow[];
  perHour: { hour: number; tickets: number }[];
  perDay: { day: string; tickets: number }[];
  appointments: { booked: number; checkedIn: number; cancelled: number; noShows: number; noShowRate: number | null };
}

export const getFigures = (hallId: string, from: string, to: string, signal?: AbortSignal) =>
  api.get<HallFigures>(`/api/v1/halls/${enc(hallId)}/figures`, { query: { from, to }, signal });
