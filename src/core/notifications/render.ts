import type { Lang } from '../errors.js';
import type { EventParams, NotificationEvent, RenderedMessage, Templates } from './events.js';
import { EN_TEMPLATES } from './templates-en.js';
import { ZH_TEMPLATES } from './templates-zh.js';

const TEMPLATES: Readonly<Record<Lang, Templates>> = { zh: ZH_TEMPLATES, en: EN_TEMPLATES };

/** Every event, in catalogue order (for schemas and docs). */
export const NOTIFICATION_EVENTS = Object.keys(ZH_TEMPLATES) as readonly NotificationEvent[];

/** Whether a stored string names an event this build knows. */
export function isNotificationEvent(event: string): event is NotificationEvent {
  return Object.hasOwn(ZH_TEMPLATES, event);
}

/** The message of an event in a language. */
export function renderMessage<E extends NotificationEvent>(event: E, params: EventParams[E], lang: Lang): RenderedMessage {
  const template = TEMPLATES[lang][event] as (p: EventParams[E]) => RenderedMessage;
  return template(params);
}

/**
 * The message of a stored event and its stored parameters. Rows are written only through the typed
 * `enqueueNotification`, so the parameters fit the event; an unknown event (a row from a newer
 * version) is an error the caller records.
 */
export function renderStoredMessage(event: string, params: Readonly<Record<string, string>>, lang: Lang): RenderedMessage {
  if (!isNotificationEvent(event)) throw new Error(`unknown notification event "${event}"`);
  return renderMessage(event, params as unknown as EventParams[typeof event], lang);
}

/**
 * Links in a message's parameters (`…Link`, e.g. the rating invitation's `rateLink`) are stored as the site's
 * paths; a message that leaves the site (SMS, mail) needs the public address in front to be tappable.
 */
export function withPublicLinks(params: Readonly<Record<string, string>>, publicUrl: string | null): Record<string, string> {
  if (publicUrl === null) return { ...params };
  const base = publicUrl.replace(/\/+$/, '');
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, key.endsWith('Link') && value.startsWith('/') ? `${base}${value}` : value]));
}
