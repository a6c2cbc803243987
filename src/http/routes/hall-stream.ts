import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HallFeed } from '../../services/hall/hall-feed.js';

// Proxies drop a silent connection after a minute or so; a comment line every 15 s keeps it open.
const KEEPALIVE_MS = 15_000;

/**
 * Answers with server-sent events: the view now, then the view again whenever the hall's queue changed
 * and the view with it (the feed tells every process's pages within a poll). `first` is computed before
 * the stream opens, so a wrong code or hall still answers a plain 404.
 */
export async function streamView(
  feed: HallFeed, request: FastifyRequest, reply: FastifyReply, hallId: string, first: unknown, view: () => Promise<unknown>,
): Promise<void> {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no',
  });
  // A dropped connection comes back after a second (EventSource's own reconnection).
  res.write('retry: 1000\n\n');
  let last = '';
  const send = (value: unknown) => {
    const data = JSON.stringify(value);
    if (data === last) return;
    last = data;
    res.write(`data: ${data}\n\n`);
  };
  let running: Promise<void> | null = null;
  let again = false;
  const changed = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          send(await view());
        } catch {
          // The ticket or hall went away: the page keeps what it shows.
        }
      } while (again);
      running = null;
    })();
  };
  const ping = setInterval(() => res.write(': ping\n\n'), KEEPALIVE_MS);
  const end = () => {
    clearInterval(ping);
    res.end();
  };
  send(first);
  const unsubscribe = await feed.subscribe(hallId, { changed, end });
  request.raw.on('close', () => {
    clearInterval(ping);
    unsubscribe();
  });
  // A change between `first` and the subscription is caught by looking once more.
  changed();
}
