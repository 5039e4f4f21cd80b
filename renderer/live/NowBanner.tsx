import type { ClockState, GuideItem } from '../../shared/domain/live';
import { formatTimestamp } from '../../shared/text/time';

/**
 * Above the notes: the question being asked now, or, once Stop was pressed, that the session ended
 * (an ended session has no current question, whatever was current when it stopped).
 */
export function NowBanner({ clock, current }: { clock: ClockState; current: GuideItem | null }) {
  if (clock.stoppedAt !== null)
    return (
      <div className="session-ended" role="status">
        The session ended at {formatTimestamp(clock.elapsedMs)}. Notes can still be added and corrected.
      </div>
    );
  if (!current) return null;
  return (
    <div className="current-question" aria-live="polite">
      <span className="current-question-label">Now</span>
      <span className="current-question-text">{current.text}</span>
    </div>
  );
}
