import { useEffect, useState } from 'react';

/**
 * Re-renders the calling component about every second while `running`, on the second boundary.
 * Only small leaf components use it (the clock, the guide's budget), so the tick never reaches the
 * notes list or the editor.
 */
export function useTick(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    let timer = 0;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      timer = window.setTimeout(tick, 1_000 - (t % 1_000) + 5);
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [running]);
  // A stopped clock does not need the time: its session time is its elapsed time.
  return now;
}
