import { isWithinRegion } from '../organization/region.js';
import { ALL_EVENTS, type WebhookEventType } from './events.js';

/** What a subscription listens to. */
export interface SubscriptionFilter {
  /** Event types, or `*` for all. */
  readonly eventTypes: readonly string[];
  /** Only cases of this region's subtree: a subscription never hears more than its admin may see. */
  readonly regionCode: string;
  /** Only cases of these items; null for every item. */
  readonly itemCodes: readonly string[] | null;
}

/** Where an event happened. */
export interface EventScope {
  readonly type: WebhookEventType;
  readonly regionCode: string;
  readonly itemCode: string;
}

/** Whether a subscription hears an event. An empty item list is taken as "every item", like null. */
export function subscriptionMatches(filter: SubscriptionFilter, event: EventScope): boolean {
  const typeMatches = filter.eventTypes.includes(ALL_EVENTS) || filter.eventTypes.includes(event.type);
  const itemMatches = filter.itemCodes === null || filter.itemCodes.length === 0 || filter.itemCodes.includes(event.itemCode);
  return typeMatches && itemMatches && isWithinRegion(event.regionCode, filter.regionCode);
}
