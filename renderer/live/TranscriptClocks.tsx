import { memo, useState } from 'react';
import type { NoteAlignment } from '../../shared/live/link';
import { formatTimestamp } from '../../shared/text/time';
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
function describe(title: string, a: NoteAlignment): string | null {
  if (a.kind === 'set') return `Notes link to the transcript “${title}”: the notes’ 00:00 is ${formatOffset(a.offsetMs)} in the transcript (set by hand).`;
  if (a.kind === 'covered') return `Notes link to the transcript “${title}”: its times cover the notes’ times, so both clocks are taken to start together.`;
  if (!a.notes) return null;
  const range = (s: { from: number; to: number }) => `${formatTimestamp(s.from)}–${formatTimestamp(s.to)}`;
  const theirs = a.transcript ? `its times (${range(a.transcript)}) do not cover the notes’ (${range(a.notes)})` : 'it has no times';
  return `Notes are not linked to the transcript “${title}”: ${theirs}, so it may have been recorded on another clock. Say how the clocks line up to link them.`;
}

/**
 * How the session's notes line up with its transcript, and the way to say so: confirm that both
 * clocks started together, or give the transcript time at which the notes clock read 00:00.
 */
export const TranscriptClocks = memo(function TranscriptClocks({ title, alignment, onSet }: TranscriptClocksProps) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const text = describe(title, alignment);
  if (text === null) return null;
  const current = alignment.kind === 'set' ? alignment.offsetMs : 0;
  const commit = (value: string) => {
    const ms = parseOffset(value);
    if (ms === null) return setProblem('Type a time such as 05:00, 1:02:03 or -0:30.');
    setProblem(null);
    setEditing(false);
    onSet(ms);
  };
  return (
    <div className={`transcript-clocks${alignment.kind === 'unknown' ? ' unlinked' : ''}`} role="region" aria-label="Notes and transcript">
      <span className="transcript-clocks-text">{text}</span>
      {editing ? (
        <span className="transcript-clocks-edit">
          <label>
            Transcript time at the notes’ 00:00{' '}
            <input
              aria-label="Transcript time at the notes’ 00:00"
              defaultValue={formatOffset(current)}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit(e.currentTarget.value);
                else if (e.key === 'Escape') setEditing(false);
              }}
            />
          </label>
          {problem && <span className="transcript-clocks-problem" role="alert">{problem}</span>}
        </span>
      ) : (
        <span className="transcript-clocks-buttons">
          {alignment.kind === 'unknown' && (
            <button type="button" className="button button-small" onClick={() => onSet(0)} title="Both clocks started at the same moment">
              The clocks line up
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {alignment.kind === 'set' ? 'Change the offset' : 'Set the offset…'}
          </button>
          {alignment.kind === 'set' && (
            <button type="button" className="button button-small" onClick={() => onSet(null)} title="Link only when the transcript’s times cover the notes’ times">
              Forget it
            </button>
          )}
        </span>
      )}
    </div>
  );
});
