/**
 * 一链办理 example: a water company that opens a water-account transfer (水表过户) when Tongban
 * delivers the result of a real-estate transfer registration (不动产转移登记), so the new owner does
 * not queue at another counter. It depends on nothing but Node: a receiver of Tongban webhooks needs
 * none of Tongban's code. See docs/webhooks.md.
 *
 *   TONGBAN_WEBHOOK_SECRET=whsec_… PORT=8088 REAL_ESTATE_ITEMS=360100-ZR-0701 npx tsx examples/water-transfer-subscriber.ts
 *
 * then subscribe http://<this host>:8088/ to `case.delivered` (POST /api/v1/webhooks).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';

/** Requests older (or further in the future) than this are refused: a captured request cannot be replayed later. */
export const REPLAY_WINDOW_SECONDS = 300;
const MAX_BODY_BYTES = 1024 * 1024;

/** Why a request is refused, or null when it is Tongban's, unaltered and fresh. */
export function verifyTongbanRequest(
  secret: string, headers: { timestamp: string | undefined; signature: string | undefined }, body: string, nowSeconds: number,
): 'missing headers' | 'stale timestamp' | 'bad signature' | null {
  if (!headers.timestamp || !headers.signature || !/^\d+$/.test(headers.timestamp)) return 'missing headers';
  if (Math.abs(nowSeconds - Number(headers.timestamp)) > REPLAY_WINDOW_SECONDS) return 'stale timestamp';
  // The signed text is "<timestamp>.<raw body>": verify the bytes as received, before parsing them.
  const expected = createHmac('sha256', secret).update(`${headers.timestamp}.${body}`, 'utf8').digest();
  // During a secret rotation the header carries two v1= values; either one may match.
  const matches = headers.signature.split(',').some((part) => {
    const [version, hex] = part.trim().split('=');
    const given = Buffer.from(hex ?? '', 'hex');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? null : 'bad signature';
}

/** The part of the payload this subscriber reads (docs/webhooks.md has all of it). */
interface CaseEvent {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly case: { readonly caseNo: string; readonly itemCode: string; readonly itemName: string; readonly result: string | null };
}

export interface SubscriberOptions {
  readonly secret: string;
  /** Item codes of real-estate transfer registration in the subscribed regions. */
  readonly realEstateItems: readonly string[];
  /** Unix seconds; a test passes Tongban's simulated clock. */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The subscriber as an http.Server, not yet listening. */
export function createWaterTransferSubscriber(options: SubscriberOptions): Server {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const log = options.log ?? ((line: string) => console.log(line));
  // Tongban delivers at least once: a repeat carries the same Tongban-Delivery id. A real service keeps
  // these ids in its database (for longer than Tongban's ~9 h of retries); memory will do for an example.
  const seen = new Set<string>();

  const answer = (response: ServerResponse, status: number, text: string) => response.writeHead(status, { 'content-type': 'text/plain' }).end(text);

  return createServer((request, response) => void (async () => {
    if (request.method !== 'POST') return answer(response, 405, 'POST only');
    const body = await readBody(request);
    if (body === null) return answer(response, 413, 'too large');
    const header = (name: string) => request.headers[name] as string | undefined;
    const refused = verifyTongbanRequest(options.secret, { timestamp: header('tongban-timestamp'), signature: header('tongban-signature') }, body, now());
    if (refused) {
      log(`refused a request: ${refused}`);
      return answer(response, 401, refused);
    }
    const deliveryId = header('tongban-delivery') ?? '';
    if (seen.has(deliveryId)) return answer(response, 200, 'duplicate');
    const event = JSON.parse(body) as CaseEvent;
    if (event.type === 'case.delivered' && event.case.result === 'granted' && options.realEstateItems.includes(event.case.itemCode)) {
      // Here the water company would create the transfer order; the new owner confirms it with the case number.
      log(`water-account transfer opened for case ${event.case.caseNo} (${event.case.itemName}), delivered ${event.occurredAt}`);
    }
    seen.add(deliveryId);
    // Answer fast (Tongban waits 10 s at most); slow work belongs in a queue of one's own.
    return answer(response, 200, 'ok');
  })().catch((error: unknown) => {
    log(`failed: ${String(error)}`);
    answer(response, 500, 'error');
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.TONGBAN_WEBHOOK_SECRET;
  if (!secret) {
    console.error('Set TONGBAN_WEBHOOK_SECRET to the secret shown when the subscription was created.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8088);
  const realEstateItems = (process.env.REAL_ESTATE_ITEMS ?? '360100-ZR-0701').split(',').map((code) => code.trim()).filter(Boolean);
  createWaterTransferSubscriber({ secret, realEstateItems }).listen(port, () => {
    console.log(`water-transfer subscriber listening on http://localhost:${port}/ for items ${realEstateItems.join(', ')}`);
  });
}
