import type { ClockAction, ClockState } from '../../shared/domain/live';
import { clockStatus, sessionTime } from '../../shared/live/clock';
import { formatTimestamp } from '../../shared/text/time';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../i18n/useT';
import { useTick } from './useTick';

const STATUS_LABEL: Record<ReturnType<typeof clockStatus>, MessageId> = {
  idle: 'live.clockIdle',
  running: 'live.clockRunning',
  paused: 'live.clockPaused',
  stopped: 'live.clockStopped',
};

/** The large session clock and its buttons. Ticks on its own, so nothing else re-renders each second. */
export function ClockControls({ clock, onAction }: { clock: ClockState; onAction: (action: ClockAction) => void }) {
  const { t } = useT();
  const status = clockStatus(clock);
  const now = useTick(status === 'running');
  const ms = sessionTime(clock, now);
  const key = t('live.keyClock');
  return (
    <div className={`live-clock live-clock-${status}`}>
      <div className="live-clock-face">
        <span className="live-clock-time" role="timer" aria-label={t('live.clockTime', { time: formatTimestamp(ms) })}>
          {formatTimestamp(ms)}
        </span>
        <span className="live-clock-status">{t(STATUS_LABEL[status])}</span>
      </div>
      <div className="live-clock-buttons">
        {status === 'idle' && (
          <button type="button" className="button button-primary" onClick={() => onAction('start')} title={t('live.startHint', { key })}>
            {t('live.start')}
          </button>
        )}
        {status === 'running' && (
          <button type="button" className="button" onClick={() => onAction('pause')} title={t('live.pauseHint', { key })}>
            {t('live.pause')}
          </button>
        )}
        {status === 'paused' && (
          <button type="button" className="button button-primary" onClick={() => onAction('resume')} title={t('live.resumeHint', { key })}>
            {t('live.resume')}
          </button>
        )}
        {/* Ended is not paused: carrying on is possible (Stop pressed too early) but never the obvious next step. */}
        {status === 'stopped' && (
          <button type="button" className="button" onClick={() => onAction('resume')} title={t('live.continueHint')}>
            {t('live.continue')}
          </button>
        )}
        {(status === 'running' || status === 'paused') && (
          <button type="button" className="button" onClick={() => onAction('stop')}>
            {t('live.stop')}
          </button>
        )}
      </div>
    </div>
  );
}
