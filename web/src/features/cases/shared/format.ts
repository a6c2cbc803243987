// Legal time is Asia/Shanghai (DOMAIN.md §5) whatever the browser's zone; China keeps no daylight saving.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghaiParts(instant: string): string | null {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
}

/** `2026-03-02 09:30`, in Shanghai time. */
export function formatTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const iso = shanghaiParts(instant);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : instant;
}

/** `2026-03-02`, the legal date of an instant in Shanghai. */
export function formatDate(instant: string | null | undefined): string {
  if (!instant) return '—';
  const iso = shanghaiParts(instant);
  return iso ? iso.slice(0, 10) : instant;
}

/** Today's legal date in Shanghai, by the browser's clock (for hints only; the server decides). */
export function todayInShanghai(): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
