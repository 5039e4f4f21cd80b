import type { Session, SessionKind } from '../../shared/domain/study';
import { SessionKindSelect } from '../sessions/SessionKindSelect';
import { Field } from '../ui/Field';

/** The select's value for "make a new session with this import". Not a UUID, so never a session's id. */
export const NEW_SESSION = 'new';

/** The session a new one gets from the import dialog (only its kind and title; the rest is edited later). */
export interface NewSessionDraft {
  kind: SessionKind;
  title: string;
}

interface Props {
  sessions: Session[];
  /** A session's id, NEW_SESSION, or '' while nothing is chosen. */
  value: string;
  draft: NewSessionDraft;
  invalid: boolean;
  onChange(value: string): void;
  onDraftChange(draft: NewSessionDraft): void;
}

/**
 * Where a transcript goes: an existing session, or a new one that the import itself makes (in the
 * same step, so a failed import leaves no empty session behind).
 */
export function TranscriptSessionField({ sessions, value, draft, invalid, onChange, onDraftChange }: Props) {
  return (
    <div className="transcript-session">
      <Field label="Session">
        {(id) => (
          <select id={id} value={value} required aria-invalid={invalid} onChange={(e) => onChange(e.target.value)}>
            <option value="" disabled>
              Choose a session…
            </option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
                {s.date ? ` (${s.date})` : ''}
              </option>
            ))}
            <option value={NEW_SESSION}>New session…</option>
          </select>
        )}
      </Field>
      {value === NEW_SESSION && (
        // Labels without the word "session", so "Session" still names the one select above.
        <fieldset className="transcript-new-session">
          {/* The select above already says "New session…"; the legend names the group for screen readers. */}
          <legend className="visually-hidden">New session</legend>
          <Field label="Title">
            {(id) => (
              <input
                id={id}
                type="text"
                value={draft.title}
                maxLength={200}
                required
                aria-invalid={draft.title.trim() === ''}
                onChange={(e) => onDraftChange({ ...draft, title: e.target.value })}
              />
            )}
          </Field>
          <Field label="Kind">
            {(id) => <SessionKindSelect id={id} value={draft.kind} onChange={(kind) => onDraftChange({ ...draft, kind })} />}
          </Field>
        </fieldset>
      )}
    </div>
  );
}
