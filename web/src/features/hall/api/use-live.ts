import { useEffect, useState } from 'react';

/** The state of a live view: the last value the server pushed, and whether the stream is connected. */
export interface Live<T> {
  data: T | undefined;
  connected: boolean;
  /** The stream was refused (a wrong code or hall): it is not retried. */
  gone: boolean;
}

/**
 * Follows a server-sent event stream whose events carry the whole view as JSON (docs/hall.md "Live pages").
 * EventSource reconnects by itself after a dropped connection; a refused one (404) it closes for good,
 * which the page shows as "not found".
 */
export function useLive<T>(url: string | null): Live<T> {
  const [state, setState] = useState<Live<T>>({ data: undefined, connected: false, gone: false });
  useEffect(() => {
    if (!url) return;
    setState({ data: undefined, connected: false, gone: false });
    const source = new EventSource(url);
    source.onopen = () => setState((s) => ({ ...s, connected: true }));
    source.onmessage = (event: MessageEvent<string>) => setState({ data: JSON.parse(event.data) as T, connected: true, gone: false });
    source.onerror = () => setState((s) => ({ ...s, connected: false, gone: source.readyState === EventSource.CLOSED }));
    return () => source.close();
  }, [url]);
  return state;
}
