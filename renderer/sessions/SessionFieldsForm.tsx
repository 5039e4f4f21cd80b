import { useId } from 'react';
import type { Participant, Session, SessionFields, SessionKind } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { Field } from '../ui/Field';
import { SessionKindSelect } from './SessionKindSelect';

/** What the session form edits; empty strings become null when sent. */
export interface SessionDraft {
  kind: SessionKind;
  title: string;
  date: string;
  place: string;
  /** The moderator's name: one of the study's people, or a new person the save adds. */
  moderator: string;
  notes: string;
}

export function draftOf(s: Session | null, kind: SessionKind = 'interview'): SessionDraft {
  return {
    kind: s?.kind ?? kind,
    title: s?.title ?? '',
    date: s?.date ?? '',
    place: s?.place ?? '',
    moderator: s?.moderator ?? '',
    notes: s?.notes ?? '',
  };
}

/** True once the user has typed anything a new session would lose. */
export function draftTouched(d: SessionDraft, from: SessionDraft): boolean {
  return (Object.keys(d) as (keyof SessionDraft)[]).some((k) => d[k].trim() !== from[k].trim());
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The draft as the `sessions:create` / `sessions:update` / import's `newSession` fields. */
export function fieldsOf(d: SessionDraft): SessionFields {
  return {
    kind: d.kind,
    title: d.title.trim(),
    date: orNull(d.date),
    place: orNull(d.place),
    moderator: orNull(d.moderator),
    notes: orNull(d.notes),
  };
}

interface Props {
  draft: SessionDraft;
  onChange(draft: SessionDraft): void;
  /** The study's people, offered for the moderator. */
  people: Participant[];
  /** `essentials`: kind, title, date and moderator only (the import dialog, where the rest can wait). */
  variant?: 'full' | 'essentials';
  /** Ctrl+Enter in the notes saves the form. */
  onSubmit?: () => void;
  autoFocusTitle?: boolean;
}

/**
 * The one form for a session's fields, used wherever a session is made or edited (the session
 * dialog, the transcript import's "New session…"), so both ask the same questions the same way.
 */
export function SessionFieldsForm({ draft, onChange, people, variant = 'full', onSubmit, autoFocusTitle = false }: Props) {
  const { t } = useT();
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => onChange({ ...draft, [key]: value });
  const peopleList = useId();
  const full = variant === 'full';
  const known = people.some((p) => p.displayName.toLocaleLowerCase() === draft.moderator.trim().toLocaleLowerCase());
  return (
    <div className="form-grid">
      <Field label={t('common.kind')}>
        {(id) => <SessionKindSelect id={id} value={draft.kind} onChange={(kind) => set('kind', kind)} />}
      </Field>
      <Field label={t('common.title')} className="field-wide">
        {(id) => (
          <input
            id={id}
            type="text"
            value={draft.title}
            maxLength={200}
            required
            aria-invalid={draft.title.trim() === ''}
            data-autofocus={autoFocusTitle || undefined}
            onChange={(e) => set('title', e.target.value)}
            placeholder={t('sessions.titlePlaceholder')}
          />
        )}
      </Field>
      <Field label={t('common.date')}>
        {(id) => <input id={id} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />}
      </Field>
      {full && (
        <Field label={t('sessions.fieldPlace')} className="field-wide">
          {(id) => (
            <input
              id={id}
              type="text"
              value={draft.place}
              maxLength={200}
              onChange={(e) => set('place', e.target.value)}
              placeholder={t('sessions.placePlaceholder')}
            />
          )}
        </Field>
      )}
      <Field label={t('common.moderator')} className={full ? 'field-full' : 'field-wide'}>
        {(id) => (
          <>
            <input
              id={id}
              type="text"
              list={peopleList}
              value={draft.moderator}
              maxLength={200}
              autoComplete="off"
              aria-describedby={`${id}-help`}
              onChange={(e) => set('moderator', e.target.value)}
              placeholder={t('sessions.moderatorPlaceholder')}
            />
            <datalist id={peopleList}>
              {people.map((p) => (
                <option key={p.id} value={p.displayName} />
              ))}
            </datalist>
            <span id={`${id}-help`} className="field-help">
              {draft.moderator.trim() === ''
                ? t('sessions.moderatorHelpEmpty')
                : known
                  ? t('sessions.moderatorHelpKnown')
                  : t('sessions.moderatorHelpNew', { name: draft.moderator.trim() })}
            </span>
          </>
        )}
      </Field>
      {full && (
        <Field label={t('common.notesField')} className="field-full">
          {(id) => (
            <textarea
              id={id}
              rows={4}
              value={draft.notes}
              maxLength={20000}
              onChange={(e) => set('notes', e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmit) {
                  e.preventDefault();
                  onSubmit();
                }
              }}
            />
          )}
        </Field>
      )}
    </div>
  );
}
