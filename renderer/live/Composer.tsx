import type { Ref } from 'react';
import type { LivePerson, Note, NoteCoding, NoteSpeaker } from '../../shared/domain/live';
import { formatTimestamp } from '../../shared/text/time';
import type { CodeLook } from '../ui/codeLook';
import { useT } from '../i18n/useT';
import { speakerName } from './liveKeys';
import NoteEditor, { type Caret, type NoteEditorHandle } from '../editor/NoteEditor';
import { CodeChips } from './NoteRow';

export interface EditorCallbacks {
  onText: (text: string) => void;
  onEnter: () => void;
  onLeave: (direction: 'up' | 'down') => void;
  onAt: () => void;
  onEscape: () => void;
}

interface ComposerProps extends EditorCallbacks {
  editorKey: string;
  editorRef: Ref<NoteEditorHandle>;
  /** The new note once its first character was saved. */
  note: Note | null;
  draftSpeaker: NoteSpeaker;
  people: readonly LivePerson[];
  looks: ReadonlyMap<string, CodeLook>;
  /** Mounts the editor here (false while a note of the list is being edited). */
  active: boolean;
  autoFocus: boolean;
  hasNotes: boolean;
  onActivate: () => void;
  onRemoveCoding: (note: Note, coding: NoteCoding) => void;
  onStar: () => void;
}

/** The note being written at the end of the list: who speaks, when it began, its tags. */
export function Composer({
  editorKey,
  editorRef,
  note,
  draftSpeaker,
  people,
  looks,
  active,
  autoFocus,
  hasNotes,
  onActivate,
  onRemoveCoding,
  onStar,
  ...callbacks
}: ComposerProps) {
  const { t } = useT();
  const who = note ? note.speaker : speakerName(draftSpeaker, people, t('common.participant'));
  const moderator = note
    ? note.role === 'moderator'
    : draftSpeaker?.kind === 'label' ||
      people.some((p) => p.role === 'moderator' && draftSpeaker?.kind === 'participant' && p.participantId === draftSpeaker.participantId);
  return (
    <div className={`composer${active ? ' active' : ''}`}>
      <span className="note-time composer-time" title={t('live.noteTimeHint')}>
        {note && note.timeMs !== null ? formatTimestamp(note.timeMs) : '–:–'}
      </span>
      <div className="note-body">
        <div className="note-meta">
          {who ? (
            <span className={`note-speaker${moderator ? ' moderator' : ''}`}>{who}</span>
          ) : (
            <span className="note-speaker observation">{t('common.observation')}</span>
          )}
          <span className="composer-hint">{t('live.composerHint')}</span>
        </div>
        {active ? (
          <NoteEditor
            key={editorKey}
            ref={editorRef}
            initialText=""
            caret={'end' satisfies Caret}
            autoFocus={autoFocus}
            label={t('live.newNote')}
            placeholder={hasNotes ? t('live.typeNextNote') : t('live.typeFirstNote')}
            {...callbacks}
          />
        ) : (
          <button type="button" className="composer-idle" onClick={onActivate}>
            {t('live.writeNewNote')}
          </button>
        )}
        {note && <CodeChips note={note} looks={looks} onRemove={(c) => onRemoveCoding(note, c)} />}
      </div>
      <button
        type="button"
        className={`note-star${note?.starred ? ' on' : ''}`}
        aria-pressed={note?.starred ?? false}
        aria-label={t('live.star')}
        title={t('live.starHint')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onStar}
      >
        {note?.starred ? '★' : '☆'}
      </button>
    </div>
  );
}
