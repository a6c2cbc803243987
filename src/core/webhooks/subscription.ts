import type { SubscriptionFilter } from './match.js';

/** 一链办理: an integrator's endpoint, as admins manage it. Its secrets never leave the store but to sign. */
export interface WebhookSubscription extends SubscriptionFilter {
  readonly id: string;
  readonly name: string;
  /** http or https only (target-url.ts). */
  readonly url: string;
  readonly active: boolean;
  /** Until when the secret before the last rotation still signs beside the new one; null when none does. */
  readonly previousSecretUntil: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** After a rotation the old secret keeps signing this long, so receivers can switch without losing deliveries. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;
