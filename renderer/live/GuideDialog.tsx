import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Guide } from '../../shared/domain/live';
import type { Translator } from '../../shared/i18n/translator';
import { formatGuideOutline, parseGuideOutline, type OutlineProblem } from '../../shared/live/guide';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { keepGuideIds } from './noteLogic';

interface GuideDialogProps {
  sessionId: string;
  guide: Guide | null;
  onDone: () => void;
  onClose: () => void;
}

/** What is wrong with the outline, in the UI's language. */
function problemWords(t: Translator['t'], number: Translator['number'], p: OutlineProblem): string {
  if (p.kind === 'noText') return t('live.lineNoText', { line: p.line });
  if (p.kind === 'tooLong') return t('live.lineTooLong', { line: p.line, max: number(p.max) });
  if (p.kind === 'overADay') return t('live.lineOverADay', { line: p.line });
  return t('live.tooManyLines', { max: number(p.max) });
}

const asCode = (chunks: ReactNode[]) => <code>{chunks}</code>;

/** Writes the guide as a plain-text outline, or picks a guide other sessions already use. */
export function GuideDialog({ sessionId, guide, onDone, onClose }: GuideDialogProps) {
  const { t, number } = useT();
  const [title, setTitle] = useState(guide?.title ?? t('live.guide'));
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
    const parsed = parseGuideOutline(outline, (problem) => problemWords(t, number, problem));
    if ('error' in parsed) return setError(parsed.error);
    if (parsed.items.length === 0) return setError(t('live.atLeastOneQuestion'));
    setBusy(true);
    const r = await invoke('guides:save', {
      id: guide?.id,
      title: title.trim() || t('live.guide'),
      items: keepGuideIds(parsed.items, guide),
    });
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
      title={guide ? t('live.editGuideTitle') : t('live.addGuide')}
      size="large"
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <SubmitFooter onCancel={onClose} disabled={busy}>
          {busy ? t('common.saving') : t('live.saveGuide')}
        </SubmitFooter>
      }
    >
      {guide && guide.sessions > 1 && <p className="banner banner-info">{t('live.guideShared', { count: guide.sessions })}</p>}
      <div className="form-grid">
        <Field label={t('common.title')} className="field-full">
          {(id) => <input id={id} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('live.outline')} className="field-full">
          {(id) => (
            // The outline is the user's own text (and "(5 min)" is syntax the parser reads), not UI words.
            <textarea
              id={id}
              className="guide-outline"
              translate="no"
              rows={14}
              value={outline}
              placeholder={t('live.outlineExample')}
              spellCheck
              onChange={(e) => setOutline(e.target.value)}
            />
          )}
        </Field>
      </div>
      <p className="field-help">
        <FormattedMessage id="live.outlineHelp" values={{ code: asCode }} />
      </p>
      {others.length > 0 && (
        <div className="guide-reuse">
          <h4>{t('live.reuseGuide')}</h4>
          <ul>
            {others.map((g) => (
              <li key={g.id}>
                <span>
                  {g.title}{' '}
                  <span className="muted">
                    {t('live.guideFacts', { questions: g.items.filter((i) => i.kind === 'question').length, sessions: g.sessions })}
                  </span>
                </span>
                <button type="button" className="button button-small" disabled={busy} onClick={() => void choose(g.id)}>
                  {t('live.useGuide')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {guide && (
        <button type="button" className="button button-link" disabled={busy} onClick={() => void choose(null)}>
          {t('live.dropGuide')}
        </button>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
