import { api } from '@/lib/api-client';

/** One in-app notification (站内信), rendered by the server in the language it was written for. */
export interface Notification {
  id: string;
  event: string;
  /** caseNo, itemName, dueDate … as the templates use them. */
  params: Record<string, string>;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

/** A page of notifications, how many match, and how many of mine are unread whatever the filter. */
export interface NotificationPage {
  notifications: Notification[];
  total: number;
  unread: number;
}

/** My notifications, newest first. */
export function listNotifications(filter: { unread?: boolean; limit?: number; offset?: number }, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/api/v1/notifications', { query: { ...filter, unread: filter.unread || undefined }, signal });
}

/** Marks one read (marking again keeps the first time). */
export function markRead(id: string): Promise<Notification> {
  return api.post<Notification>(`/api/v1/notifications/${encodeURIComponent(id)}/read`);
}

/** Marks all mine read. */
export function markAllRead(): Promise<{ marked: number }> {
  return api.post<{ marked: number }>('/api/v1/notifications/read-all');
}
