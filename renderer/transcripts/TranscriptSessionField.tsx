import type { Participant, Session } from '../../shared/domain/study';
import { SessionFieldsForm, type SessionDraft } from '../sessions/SessionFieldsForm';
import { useT } from '../i18n/useT';
import { Field } from '../ui/Field';

/** The select's value for "make a new session with this import". Not a UUID, so never a session's id. */
export const NEW_SESSION = 'new';

interface Props {
  sessions: Session[];
  people: Participant[];
  /** A session's id, NEW_SESSION, or '' while nothing is chosen. */
  value: string;
  draft: SessionDraft;
  invalid: boolean;
  onChange(value: string): void;
  onDraftChange(draft: SessionDraft): void;
}

/**
 * Where a transcript goes: an existing session, or a new one that the import itself makes (in the
 * same step, so a failed import leaves no empty session behind). A new session is asked for with
 * the same form as the Sessions tab's, its essentials only.
 */
export function TranscriptSessionField({ sessions, people, value, draft, invalid, onChange, onDraftChange }: Props) {
  const { t } = useT();
  return (
    <div className="transcript-session">
      <Field label={t('common.session')}>
        {(id) => (
          <select id={id} value={value} required aria-invalid={invalid} onChange={(e) => onChange(e.target.value)}>
            <option value="" disabled>
              {t('transcripts.chooseSession')}
            </option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.date ? t('transcripts.sessionWithDate', { title: s.title, date: s.date }) : s.title}
              </option>
            ))}
            <option value={NEW_SESSION}>{t('transcripts.newSessionOption')}</option>
          </select>
        )}
      </Field>
      {value === NEW_SESSION && (
        <fieldset className="transcript-new-session">
          {/* The select above already says "New session…"; the legend names the group for screen readers. */}
          <legend className="visually-hidden">{t('common.newSession')}</legend>
          <SessionFieldsForm draft={draft} onChange={onDraftChange} people={people} variant="essentials" />
        </fieldset>
      )}
    </div>
  );
}
