import { failureText } from '../../shared/result';
import { useT } from '../i18n/useT';
import type { StoppedNote } from './stoppedNote';

interface StoppedNotesProps {
  notes: StoppedNote[];
  onRescue: (key: string) => void;
  onDismiss: (key: string) => void;
}

/**
 * Notes whose save failed for good (deleted in another window, the session gone...): says so in
 * plain words and keeps the text on screen, where it can be copied, or added again as a new note.
 */
export function StoppedNotes({ notes, onRescue, onDismiss }: StoppedNotesProps) {
  const translator = useT();
  const { t } = translator;
  if (notes.length === 0) return null;
  return (
    <div className="stopped-notes">
      {notes.map((note) => {
        // Only a note that is gone can come back as a new one; other causes would refuse the new note too.
        const gone = note.failure.messageId === 'editing.noteGone';
        return (
          <div key={note.key} role="alert" className="inline-error stopped-note">
            <p>{gone ? t('live.noteGoneKept') : t('live.noteStoppedOther', { reason: failureText(translator, note.failure) })}</p>
            <textarea className="stopped-note-text" aria-label={t('live.lostTextLabel')} readOnly value={note.text} rows={3} />
            <div className="stopped-note-actions">
              {gone && (
                <button type="button" className="button button-small" onClick={() => onRescue(note.key)}>
                  {t('live.addAgain')}
                </button>
              )}
              <button type="button" className="button button-small button-link" onClick={() => onDismiss(note.key)}>
                {t('live.discardLost')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
