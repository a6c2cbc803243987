/** One signed POST to a subscriber. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
}

/** What came back: the status and the start of the body, for the delivery log. */
export interface WebhookResponse {
  readonly status: number;
  readonly text: string;
}

export type SendWebhook = (request: WebhookRequest) => Promise<WebhookResponse>;

/**
 * POSTs with Node's fetch. Redirects are not followed: a 3xx is a failed attempt, so a signed event
 * never lands anywhere but the URL the admin entered. The timeout covers the whole exchange.
 */
export const postWebhook: SendWebhook = async (request) => {
  const response = await fetch(request.url, {
    method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(request.timeoutMs),
  });
  return { status: response.status, text: (await response.text()).slice(0, 200) };
};
