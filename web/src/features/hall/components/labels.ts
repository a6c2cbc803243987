import type { TicketPriority, TicketStatus } from '@core/hall/types';
import type { MessageKey } from '@/lib/i18n';

/** The message key of a ticket status. */
export const statusKey = (status: TicketStatus): MessageKey => `hall.status.${status}`;

/** The message key of a priority reason (none has no label). */
export const priorityKey = (priority: TicketPriority): MessageKey | null => (priority === 'none' ? null : `hall.priority.${priority}`);

/** The Asia/Shanghai `HH:MM:SS` of an instant, whatever the browser's zone. */
export function clockOf(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(11, 19);
}

/** Weekday names, Monday first, as message keys. */
export const WEEKDAY_KEYS: readonly MessageKey[] = [1, 2, 3, 4, 5, 6, 7].map((d) => `hall.weekday.${d}` as MessageKey);
