import { memo, useState, type ReactNode } from 'react';
import type { Note, NoteCoding, TimedTurn } from '../../shared/domain/live';
import { formatTimestamp } from '../../shared/text/time';
import { lookOf, tint, type CodeLook } from '../ui/codeLook';
import { splitSegments } from '../ui/segments';
import { useT } from '../i18n/useT';
import { parseTime } from './noteLogic';

/** What a row can do; one stable object for all rows, so rows re-render only when their note changes. */
export interface NoteActions {
  open: (noteId: string, caret: 'start' | 'end' | number) => void;
  toggleStar: (note: Note) => void;
  removeCoding: (note: Note, coding: NoteCoding) => void;
  setTime: (note: Note, ms: number) => void;
  jump: (turn: TimedTurn) => void;
  copyCodes: (note: Note) => void;
}

interface NoteRowProps {
  note: Note;
  index: number;
  top: number;
  /** The question's text when it differs from the previous note's (a heading above the note). */
  questionHeading: string | null;
  looks: ReadonlyMap<string, CodeLook>;
  /** The transcript turn a note taken at `ms` links to; null when notes do not link (see shared/live/link.ts). */
  linkFor: (ms: number) => TimedTurn | null;
  /** The note editor, when this note is being edited. */
  editor: ReactNode;
  actions: NoteActions;
  measure: (el: HTMLElement | null) => void;
}

function TimeStamp({ note, onSet }: { note: Note; onSet: (ms: number) => void }) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const label = note.timeMs === null ? '–:–' : formatTimestamp(note.timeMs);
  if (!editing)
    return (
      <button
        type="button"
        className="note-time"
        title={t('live.changeTime')}
        aria-label={t('live.timeButton', { time: label })}
        onClick={() => setEditing(true)}
      >
        {label}
      </button>
    );
  const commit = (value: string) => {
    const ms = parseTime(value);
    setEditing(false);
    if (ms !== null && ms !== note.timeMs) onSet(ms);
  };
  return (
    <input
      className="note-time-input"
      aria-label={t('live.timeInput')}
      defaultValue={note.timeMs === null ? '' : label}
      autoFocus
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget.value);
        else if (e.key === 'Escape') setEditing(false);
      }}
    />
  );
}

/** The code chips of a note (click × to remove one). Shared by rows and the composer. */
export function CodeChips({
  note,
  looks,
  onRemove,
}: {
  note: Note;
  looks: ReadonlyMap<string, CodeLook>;
  onRemove: (c: NoteCoding) => void;
}) {
  const { t } = useT();
  if (note.codings.length === 0) return null;
  return (
    <ul className="note-chips" aria-label={t('common.codes')}>
      {note.codings.map((c) => {
        const look = lookOf(looks, c);
        const part = c.start > 0 || c.end < note.text.length;
        return (
          <li
            key={c.id}
            className="note-chip"
            style={{ borderColor: look.color, backgroundColor: tint(look.color, 0.12) }}
            title={part ? t('live.codedWords', { code: look.path, words: note.text.slice(c.start, c.end) }) : look.path}
          >
            <span className="code-dot" style={{ backgroundColor: look.color }} aria-hidden="true" />
            <span className="note-chip-name">{look.name}</span>
            {part && <span className="note-chip-part">“{note.text.slice(c.start, c.end).slice(0, 24)}”</span>}
            <button
              type="button"
              className="note-chip-remove"
              aria-label={t('live.removeCode', { code: look.path })}
              onClick={() => onRemove(c)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The note's text with the coded words highlighted (only partial codings; a whole-note tag is a chip). */
function NoteText({ note, looks, onOpen }: { note: Note; looks: ReadonlyMap<string, CodeLook>; onOpen: (caret: number | 'end') => void }) {
  const { t } = useT();
  const partial = note.codings.filter((c) => c.status === 'anchored' && (c.start > 0 || c.end < note.text.length));
  const segments = splitSegments(note.text, 0, note.text.length, partial);
  const byId = new Map(partial.map((c) => [c.id, c]));
  return (
    <div
      className="note-text"
      onClick={(event) => {
        const seg = (event.target as HTMLElement).closest<HTMLElement>('[data-o]');
        const sel = window.getSelection();
        if (sel && !sel.isCollapsed) return; // the user is selecting words, not opening the note
        const offset = seg && sel?.anchorNode && seg.contains(sel.anchorNode) ? Number(seg.dataset.o) + sel.anchorOffset : 'end';
        onOpen(offset);
      }}
    >
      {note.text === '' ? <span className="muted">{t('live.emptyNoteText')}</span> : null}
      {segments.map((s) => {
        const coded = s.ids.map((id) => byId.get(id)!);
        const look = coded[0] ? lookOf(looks, coded[0]) : null;
        return (
          <span
            key={s.start}
            data-o={s.start}
            className={coded.length ? 'seg-coded' : undefined}
            style={look ? { backgroundColor: tint(look.color, 0.22), boxShadow: `inset 0 -2px 0 ${look.color}` } : undefined}
            title={coded.length ? coded.map((c) => lookOf(looks, c).path).join(' · ') : undefined}
          >
            {note.text.slice(s.start, s.end)}
          </span>
        );
      })}
    </div>
  );
}

function NoteRowView({ note, index, top, questionHeading, looks, linkFor, editor, actions, measure }: NoteRowProps) {
  const { t } = useT();
  const turn = note.timeMs !== null ? linkFor(note.timeMs) : null;
  return (
    <div
      ref={measure}
      role="listitem"
      className={`note-row${editor ? ' editing' : ''}${note.starred ? ' starred' : ''}`}
      data-vkey={note.id}
      data-index={index}
      style={{ top }}
    >
      {questionHeading && <div className="note-question-heading">{questionHeading}</div>}
      <div className="note-line">
        <TimeStamp note={note} onSet={(ms) => actions.setTime(note, ms)} />
        <div className="note-body">
          <div className="note-meta">
            {note.speaker ? (
              <span className={`note-speaker${note.role === 'moderator' || note.participantId === null ? ' moderator' : ''}`}>
                {note.speaker}
              </span>
            ) : (
              <span className="note-speaker observation">{t('common.observation')}</span>
            )}
          </div>
          {editor ?? <NoteText note={note} looks={looks} onOpen={(caret) => actions.open(note.id, caret)} />}
          <div className="note-foot">
            <CodeChips note={note} looks={looks} onRemove={(c) => actions.removeCoding(note, c)} />
            {turn && (
              <>
                <button
                  type="button"
                  className="button-link note-link"
                  onClick={() => actions.jump(turn)}
                  title={t('live.openTranscriptHint')}
                >
                  {t('live.toTranscript', { time: formatTimestamp(turn.startMs ?? 0) })}
                </button>
                {note.codings.length > 0 && (
                  <button type="button" className="button-link note-link" onClick={() => actions.copyCodes(note)}>
                    {t('live.copyCodes')}
                  </button>
                )}
              </>
            )}
          </div>
        </div>
        <button
          type="button"
          className={`note-star${note.starred ? ' on' : ''}`}
          aria-pressed={note.starred}
          aria-label={note.starred ? t('live.starred') : t('live.star')}
          title={t('live.starHint')}
          onClick={() => actions.toggleStar(note)}
        >
          {note.starred ? '★' : '☆'}
        </button>
      </div>
    </div>
  );
}

export const NoteRow = memo(NoteRowView);
