import { memo, useState } from 'react';
import type { NoteAlignment } from '../../shared/live/link';
import type { Translator } from '../../shared/i18n/translator';
import { formatTimestamp } from '../../shared/text/time';
import { useT } from '../i18n/useT';
import { parseOffset } from './noteLogic';

interface TranscriptClocksProps {
  title: string;
  alignment: NoteAlignment;
  /** Saves the offset (note time + offset = transcript time); null forgets it. */
  onSet: (offsetMs: number | null) => void;
}

/** An offset as the user reads and types it: "05:00", "-1:02:03". */
export const formatOffset = (ms: number) => `${ms < 0 ? '-' : ''}${formatTimestamp(Math.abs(ms))}`;

/** What the link between notes and transcript rests on, in words. */
function describe(t: Translator['t'], title: string, a: NoteAlignment): string | null {
  if (a.kind === 'set') return t('live.linkSet', { title, offset: formatOffset(a.offsetMs) });
  if (a.kind === 'covered') return t('live.linkCovered', { title });
  if (!a.notes) return null;
  const range = (s: { from: number; to: number }) => `${formatTimestamp(s.from)}–${formatTimestamp(s.to)}`;
  return a.transcript
    ? t('live.linkOtherTimes', { title, transcript: range(a.transcript), notes: range(a.notes) })
    : t('live.linkNoTimes', { title });
}

/**
 * How the session's notes line up with its transcript, and the way to say so: confirm that both
 * clocks started together, or give the transcript time at which the notes clock read 00:00.
 */
export const TranscriptClocks = memo(function TranscriptClocks({ title, alignment, onSet }: TranscriptClocksProps) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const text = describe(t, title, alignment);
  if (text === null) return null;
  const current = alignment.kind === 'set' ? alignment.offsetMs : 0;
  const commit = (value: string) => {
    const ms = parseOffset(value);
    if (ms === null) return setProblem(t('live.offsetProblem'));
    setProblem(null);
    setEditing(false);
    onSet(ms);
  };
  return (
    <div
      className={`transcript-clocks${alignment.kind === 'unknown' ? ' unlinked' : ''}`}
      role="region"
      aria-label={t('live.clocksRegion')}
    >
      <span className="transcript-clocks-text">{text}</span>
      {editing ? (
        <span className="transcript-clocks-edit">
          <label>
            {t('live.offsetLabel')}{' '}
            <input
              aria-label={t('live.offsetLabel')}
              defaultValue={formatOffset(current)}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit(e.currentTarget.value);
                else if (e.key === 'Escape') setEditing(false);
              }}
            />
          </label>
          {problem && (
            <span className="transcript-clocks-problem" role="alert">
              {problem}
            </span>
          )}
        </span>
      ) : (
        <span className="transcript-clocks-buttons">
          {alignment.kind === 'unknown' && (
            <button type="button" className="button button-small" onClick={() => onSet(0)} title={t('live.clocksLineUpHint')}>
              {t('live.clocksLineUp')}
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {alignment.kind === 'set' ? t('live.changeOffset') : t('live.setOffset')}
          </button>
          {alignment.kind === 'set' && (
            <button type="button" className="button button-small" onClick={() => onSet(null)} title={t('live.forgetOffsetHint')}>
              {t('live.forgetOffset')}
            </button>
          )}
        </span>
      )}
    </div>
  );
});
