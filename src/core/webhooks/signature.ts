
/**
 * The signature scheme of webhook deliveries (docs/webhooks.md). The timestamp is inside the signed
 * text, so a receiver that checks its age refuses a captured request replayed later.
 */

/** The text the HMAC-SHA256 covers: the Unix time in seconds, a dot, the exact body. */
export function signingString(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}

/** What a delivery carries besides the body. */
export interface DeliveryHeaderInput {
  readonly eventType: string;
  readonly deliveryId: string;
  readonly timestamp: number;
  /** Hex HMAC-SHA256 digests: the current secret's first, then the previous one's during a rotation. */
  readonly signatures: readonly string[];
}

/** The request headers of a delivery; a receiver accepts it when any `v1=` value matches. */
export function deliveryHeaders(input: DeliveryHeaderInput): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Tongban-Webhooks/1',
    'tongban-event': input.eventType,
    'tongban-delivery': input.deliveryId,
    'tongban-timestamp': String(input.timestamp),
    'tongban-signature': input.signatures.map((hex) => `v1=${hex}`).join(','),
  };
}
