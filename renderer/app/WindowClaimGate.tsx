import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { invoke, isDesktopWindow, on, onEventsConnected } from '../api';
import { useT } from '../i18n/useT';
import { flushAll } from './flushers';

const WINDOW_KEY = 'verbatim.window';

/** This window's id: made once per tab and kept in sessionStorage, so a reload keeps its claim. */
function windowId(): string {
  let id = sessionStorage.getItem(WINDOW_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(WINDOW_KEY, id);
  }
  return id;
}

type ClaimState = 'claiming' | 'held' | 'elsewhere';

/**
 * One window works on the open study (main/app/windowClaims.ts). The app shows while this
 * window holds the claim (and while it asks, so opening is not slowed down); a second browser tab
 * gets "open in another window" instead, and may take over, after which the first tab saves what it
 * holds and shows the same message.
 */
export function WindowClaimGate({ children }: { children: ReactNode }) {
  // The desktop app has one window (main/electron/main.ts never makes a second), so it needs no
  // claim; a window recreated on macOS must not find the claim of the one it replaced.
  const [desktop] = useState(isDesktopWindow);
  const [id] = useState(windowId);
  const [state, setState] = useState<ClaimState>('claiming');
  const { t } = useT();

  const ask = useCallback(
    async (takeOver: boolean): Promise<ClaimState> => {
      const r = await invoke('window:claim', { windowId: id, takeOver });
      // A backend that cannot answer must not lock the user out; the app shows its own errors.
      return !r.ok || r.value.granted ? 'held' : 'elsewhere';
    },
    [id],
  );

  useEffect(() => {
    if (desktop) return;
    const offClaimed = on('window:claimed', ({ windowId: holder }) => {
      if (holder !== id) void flushAll().then(() => setState('elsewhere'));
    });
    // Asked at once (a reload gave the claim back on pagehide: take it again before another tab can),
    // and again whenever the event stream opens or reopens: a take-over by another tab while this one
    // was still connecting (or cut off) is pushed to nobody here, but the answer says it.
    void ask(false).then(setState);
    const offConnected = onEventsConnected(() => void ask(false).then(setState));
    // The pagehide of a closing tab gives the claim back (keepalive, see leaveGuard.ts); a tab
    // restored from the back/forward cache asks again.
    const release = () => void invoke('window:release', { windowId: id });
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) void ask(false).then(setState);
    };
    window.addEventListener('pagehide', release);
    window.addEventListener('pageshow', restored);
    return () => {
      offClaimed();
      offConnected();
      window.removeEventListener('pagehide', release);
      window.removeEventListener('pageshow', restored);
    };
  }, [ask, desktop, id]);

  if (desktop || state !== 'elsewhere') return <>{children}</>;
  return (
    <main className="connection-screen">
      <div className="connection-card" role="alert">
        <h1>{t('app.claimTitle')}</h1>
        <p>{t('app.claimBody')}</p>
        <p>
          <button type="button" className="button button-primary" onClick={() => void ask(true).then(setState)}>
            {t('app.claimTakeOver')}
          </button>
        </p>
      </div>
    </main>
  );
}
