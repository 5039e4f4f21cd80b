import { useEffect, useState } from 'react';
import type { Code, RetrievedPassage } from '../../shared/domain/coding';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import { Dialog, DialogError } from '../ui/Dialog';
import { Field } from '../ui/Field';

interface SplitDialogProps {
  code: Code;
  onSplit: (created: Code, moved: number) => void;
  onClose: () => void;
}

/**
 * Moves some of a code's passages to a new sibling code: the researcher ticks the passages that
 * belong to the new idea and names it. Only passages on the code itself are offered; sub-codes
 * keep theirs.
 */
export function SplitDialog({ code, onSplit, onClose }: SplitDialogProps) {
  const { t } = useT();
  const [passages, setPassages] = useState<RetrievedPassage[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke('codes:retrieve', { codeId: code.id, includeChildren: false }).then((r) => {
      if (!live) return;
      if (r.ok) setPassages(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [code.id]);

  const toggle = (id: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const split = async () => {
    if (chosen.size === 0) return setError(t('codebook.splitNoneTicked'));
    if (name.trim() === '') return setError(t('codebook.splitNameMissing'));
    setBusy(true);
    const r = await invoke('codes:split', { id: code.id, codingIds: [...chosen], name: name.trim() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onSplit(r.value, chosen.size);
  };

  const all = passages !== null && passages.length > 0 && chosen.size === passages.length;
  return (
    <Dialog
      title={t('codebook.splitTitle', { name: code.name })}
      description={t('codebook.splitDescription')}
      onClose={onClose}
      onSubmit={() => void split()}
      size="large"
      footer={
        <>
          <span className="footer-status">{passages && t('codebook.splitChosen', { chosen: chosen.size, total: passages.length })}</span>
          <button type="button" className="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || chosen.size === 0}>
            {busy ? t('codebook.splitting') : chosen.size > 0 ? t('codebook.splitMove', { count: chosen.size }) : t('codebook.split')}
          </button>
        </>
      }
    >
      <Field label={t('codebook.splitName')}>
        {(id) => <input id={id} type="text" value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      {passages === null && !error && <p className="muted">{t('common.loadingPassages')}</p>}
      {passages?.length === 0 && <p className="muted">{t('codebook.splitNothing', { name: code.name })}</p>}
      {passages && passages.length > 0 && (
        <>
          <label className="check-line split-all">
            <input type="checkbox" checked={all} onChange={() => setChosen(all ? new Set() : new Set(passages.map((p) => p.codingId)))} />
            {t('codebook.splitAll')}
          </label>
          <ul className="split-list" aria-label={t('common.passages')}>
            {passages.map((p) => (
              <li key={p.codingId}>
                <label className="split-item">
                  <input type="checkbox" checked={chosen.has(p.codingId)} onChange={() => toggle(p.codingId)} />
                  <span className="split-text">
                    <span className="split-quote">{p.quote}</span>
                    <span className="split-meta">
                      {p.speakers.join(', ') || t('common.noSpeaker')} · {p.documentTitle}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
