import { useEffect, useState } from 'react';
import type { Guide } from '../../shared/domain/live';
import { formatGuideOutline, parseGuideOutline } from '../../shared/live/guide';
import { invoke } from '../api';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { keepGuideIds } from './noteLogic';

interface GuideDialogProps {
  sessionId: string;
  guide: Guide | null;
  onDone: () => void;
  onClose: () => void;
}

const EXAMPLE = `# Warm-up (5)
How do you shop for groceries today? (3)
# Delivery
Tell me about the last delivery that went wrong. (5 min)`;

/** Writes the guide as a plain-text outline, or picks a guide other sessions already use. */
export function GuideDialog({ sessionId, guide, onDone, onClose }: GuideDialogProps) {
  const [title, setTitle] = useState(guide?.title ?? 'Discussion guide');
  const [outline, setOutline] = useState(guide ? formatGuideOutline(guide.items) : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [others, setOthers] = useState<Guide[]>([]);

  useEffect(() => {
    void (async () => {
      const r = await invoke('guides:list', {});
      if (r.ok) setOthers(r.value.filter((g) => g.id !== guide?.id));
    })();
  }, [guide?.id]);

  const choose = async (guideId: string | null) => {
    setBusy(true);
    const r = await invoke('live:setGuide', { sessionId, guideId });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onDone();
  };

  const save = async () => {
    const parsed = parseGuideOutline(outline);
    if ('error' in parsed) return setError(parsed.error);
    if (parsed.items.length === 0) return setError('Write at least one question, one a line.');
    setBusy(true);
    const r = await invoke('guides:save', { id: guide?.id, title: title.trim() || 'Discussion guide', items: keepGuideIds(parsed.items, guide) });
    if (!r.ok) {
      setBusy(false);
      return setError(r.error.message);
    }
    if (r.value.id !== guide?.id) await choose(r.value.id);
    else {
      setBusy(false);
      onDone();
    }
  };

  return (
    <Dialog
      title={guide ? 'Edit the discussion guide' : 'Add a discussion guide'}
      size="large"
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? 'Saving…' : 'Save guide'}
        </SubmitFooter>
      }
    >
      {guide && guide.sessions > 1 && <p className="banner banner-info">This guide is shared by {guide.sessions} sessions; changes apply to all of them.</p>}
      <div className="form-grid">
        <Field label="Title" className="field-full">
          {(id) => <input id={id} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Outline" className="field-full">
          {(id) => (
            <textarea
              id={id}
              className="guide-outline"
              rows={14}
              value={outline}
              placeholder={EXAMPLE}
              spellCheck
              onChange={(e) => setOutline(e.target.value)}
            />
          )}
        </Field>
      </div>
      <p className="field-help">
        One line each. <code># Section</code> starts a section; other lines are questions. A trailing <code>(5)</code> or <code>(5 min)</code> plans the minutes.
      </p>
      {others.length > 0 && (
        <div className="guide-reuse">
          <h4>Or use a guide from another session</h4>
          <ul>
            {others.map((g) => (
              <li key={g.id}>
                <span>
                  {g.title} <span className="muted">· {g.items.filter((i) => i.kind === 'question').length} questions · used by {g.sessions}</span>
                </span>
                <button type="button" className="button button-small" disabled={busy} onClick={() => void choose(g.id)}>
                  Use this guide
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {guide && (
        <button type="button" className="button button-link" disabled={busy} onClick={() => void choose(null)}>
          Stop using a guide for this session
        </button>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
