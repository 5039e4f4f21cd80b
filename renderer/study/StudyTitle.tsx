import { useRef, useState } from 'react';
import type { StudySummary } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { useCall } from '../ui/useCall';

/** The study title, renamed in place: click to edit, Enter to save, Escape to leave it as it was. */
export function StudyTitle({ summary, onSummary }: { summary: StudySummary; onSummary: (s: StudySummary) => void }) {
  const call = useCall();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  // Set when Enter/Escape ended the edit, so the blur that follows does not save a second time.
  const finished = useRef(false);

  const finish = (refocus: boolean) => {
    setDraft(null);
    // Keyboard users continue from the title; a click elsewhere keeps focus where it went.
    if (refocus) requestAnimationFrame(() => button.current?.focus());
  };

  const save = async (refocus: boolean) => {
    if (draft === null) return;
    const title = draft.trim();
    if (title === '' || title === summary.title) return finish(refocus);
    setSaving(true);
    const r = await call('study:rename', { title });
    setSaving(false);
    if (r.ok) {
      onSummary(r.value);
      finish(refocus);
    }
  };

  if (draft === null)
    return (
      <h1 className="study-title">
        <button
          ref={button}
          type="button"
          className="title-button"
          onClick={() => {
            finished.current = false;
            setDraft(summary.title);
          }}
          title={t('study.renameStudy')}
        >
          {summary.title}
          <span className="title-edit-hint" aria-hidden="true">
            {t('common.rename')}
          </span>
        </button>
      </h1>
    );

  return (
    <input
      className="study-title-input"
      aria-label={t('screens.studyTitle')}
      autoFocus
      value={draft}
      maxLength={200}
      disabled={saving}
      onChange={(e) => {
        finished.current = false;
        setDraft(e.target.value);
      }}
      onBlur={() => {
        if (!finished.current) void save(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          finished.current = true;
          void save(true);
        } else if (e.key === 'Escape') {
          finished.current = true;
          finish(true);
        }
      }}
    />
  );
}
