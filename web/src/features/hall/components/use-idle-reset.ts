import { useEffect } from 'react';

/**
 * Calls `reset` after `ms` without a touch, a click or a key (the kiosk starts over for the next visitor, so
 * nobody finds the last one's case number on the screen). Inactive while `active` is false.
 */
export function useIdleReset(active: boolean, ms: number, reset: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(reset, ms);
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(reset, ms);
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, touch, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touch);
    };
  }, [active, ms, reset]);
}
