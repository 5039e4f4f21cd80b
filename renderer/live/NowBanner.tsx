import type { ClockState, GuideItem } from '../../shared/domain/live';
import { formatTimestamp } from '../../shared/text/time';
import { useT } from '../i18n/useT';

/**
 * Above the notes: the question being asked now, or, once Stop was pressed, that the session ended
 * (an ended session has no current question, whatever was current when it stopped).
 */
export function NowBanner({ clock, current }: { clock: ClockState; current: GuideItem | null }) {
  const { t } = useT();
  if (clock.stoppedAt !== null)
    return (
      <div className="session-ended" role="status">
        {t('live.endedAt', { time: formatTimestamp(clock.elapsedMs) })}
      </div>
    );
  if (!current) return null;
  return (
    <div className="current-question" aria-live="polite">
      <span className="current-question-label">{t('live.now')}</span>
      <span className="current-question-text">{current.text}</span>
    </div>
  );
}
