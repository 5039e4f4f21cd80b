import type { ClockAction, ClockState } from '../../shared/domain/live';
import { clockStatus, sessionTime } from '../../shared/live/clock';
import { formatTimestamp } from '../../shared/text/time';
import { useTick } from './useTick';

const STATUS_LABEL = { idle: 'Not started', running: 'Running', paused: 'Paused', stopped: 'Session ended' } as const;

/** The large session clock and its buttons. Ticks on its own, so nothing else re-renders each second. */
export function ClockControls({ clock, onAction }: { clock: ClockState; onAction: (action: ClockAction) => void }) {
  const status = clockStatus(clock);
  const now = useTick(status === 'running');
  const ms = sessionTime(clock, now);
  const shortcut = 'Ctrl/Cmd+Shift+Space';
  return (
    <div className={`live-clock live-clock-${status}`}>
      <div className="live-clock-face">
        <span className="live-clock-time" role="timer" aria-label={`Session time ${formatTimestamp(ms)}`}>
          {formatTimestamp(ms)}
        </span>
        <span className="live-clock-status">{STATUS_LABEL[status]}</span>
      </div>
      <div className="live-clock-buttons">
        {status === 'idle' && (
          <button type="button" className="button button-primary" onClick={() => onAction('start')} title={`Start the session clock (${shortcut})`}>
            Start
          </button>
        )}
        {status === 'running' && (
          <button type="button" className="button" onClick={() => onAction('pause')} title={`Pause (${shortcut})`}>
            Pause
          </button>
        )}
        {status === 'paused' && (
          <button type="button" className="button button-primary" onClick={() => onAction('resume')} title={`Resume (${shortcut})`}>
            Resume
          </button>
        )}
        {/* Ended is not paused: carrying on is possible (Stop pressed too early) but never the obvious next step. */}
        {status === 'stopped' && (
          <button type="button" className="button" onClick={() => onAction('resume')} title="Reopen the ended session: its clock carries on from where it stopped">
            Continue the session
          </button>
        )}
        {(status === 'running' || status === 'paused') && (
          <button type="button" className="button" onClick={() => onAction('stop')}>
            Stop
          </button>
        )}
      </div>
    </div>
  );
}
