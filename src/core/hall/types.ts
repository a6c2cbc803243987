import type { LocalDate } from '../calendar/index.js';

/** Where a ticket (排队号) stands; `finished` and `no_show` are final. */
export const TICKET_STATUSES = ['waiting', 'called', 'finished', 'no_show'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Why a ticket goes ahead (docs/hall.md "Priority"): an appointment kept, or 适老化 help for the elderly and disabled. */
export const TICKET_PRIORITIES = ['none', 'appointment', 'elderly', 'disabled'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** How the ticket was taken: at the kiosk, on a phone (the hall's QR code), or by an appointment's check-in. */
export const TICKET_CHANNELS = ['kiosk', 'phone', 'appointment'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** A queue ticket of one hall and day. Instants are ISO text; `queuedAt` orders the queue. */
export interface Ticket {
  readonly id: string;
  readonly hallId: string;
  readonly categoryId: string;
  /** The category it was taken for: its number (A001) keeps that prefix after a transfer. */
  readonly originCategoryId: string;
  readonly day: LocalDate;
  readonly seq: number;
  readonly number: string;
  readonly priority: TicketPriority;
  readonly channel: TicketChannel;
  readonly appointmentId: string | null;
  readonly status: TicketStatus;
  readonly takenAt: string;
  readonly queuedAt: string;
  readonly firstCalledAt: string | null;
  readonly calledAt: string | null;
  readonly callCount: number;
  readonly windowId: string | null;
  readonly clerkId: string | null;
  readonly finishedAt: string | null;
  readonly caseId: string | null;
  readonly transfers: number;
}

/** A hall's queue rules, set by its admin. */
export interface HallRules {
  /** Calls without the visitor showing up after which a skip makes the ticket a no-show. */
  readonly noShowCalls: number;
  /** Age in full years (周岁) from which a visitor is elderly (老年人权益保障法 Art. 2: 60). */
  readonly elderlyAge: number;
  /** Minutes after which an ordinary ticket ranks with priority ones, so it is never starved. */
  readonly agingMinutes: number;
}

export const DEFAULT_HALL_RULES: HallRules = { noShowCalls: 3, elderlyAge: 60, agingMinutes: 30 };

/** A business category (业务类别): its ticket prefix, the items it covers, the minutes a visitor takes. */
export interface HallCategory {
  readonly id: string;
  readonly hallId: string;
  readonly prefix: string;
  readonly name: string;
  readonly itemCodes: readonly string[];
  readonly serviceMinutes: number;
  readonly sortOrder: number;
  readonly active: boolean;
}

/** A window of a hall: the number the screen shows ("5 号窗口") and the categories it serves. */
export interface HallWindow {
  readonly windowId: string;
  readonly hallId: string;
  readonly number: string;
  readonly categoryIds: readonly string[];
  readonly active: boolean;
  readonly currentTicketId: string | null;
}
