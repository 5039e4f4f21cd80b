import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../shared/domain/coding';
import { codeNameParts, rankByName } from '../../shared/text/nameMatch';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import { Dialog, DialogError } from '../ui/Dialog';
import { branchOf } from './treeRows';

interface MergeDialogProps {
  source: Code;
  codes: Code[];
  onMerged: (target: Code, backupPath: string) => void;
  onClose: () => void;
}

/**
 * Picks the code to merge into from a filtered list (a code cannot merge into itself or its own
 * sub-codes), then says plainly what the merge does before the button does it.
 */
export function MergeDialog({ source, codes, onMerged, onClose }: MergeDialogProps) {
  const { t, number } = useT();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [target, setTarget] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  const candidates = useMemo(() => {
    const excluded = branchOf(codes, source.id);
    const allowed = codes.filter((c) => !excluded.has(c.id));
    if (query.trim() === '') return allowed;
    return rankByName(allowed, query, codeNameParts).map((r) => r.item);
  }, [codes, source.id, query]);

  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(candidates.length - 1, i + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const pick = candidates[active];
      if (pick) setTarget(pick);
    }
  };

  const merge = async () => {
    if (!target) return;
    setBusy(true);
    const r = await invoke('codes:merge', { sourceId: source.id, targetId: target.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onMerged(r.value.code, r.value.backupPath);
  };

  const children = codes.filter((c) => c.parentId === source.id).length;
  return (
    <Dialog
      title={t('codebook.mergeTitle', { name: source.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={!target || busy} onClick={() => void merge()}>
            {busy ? t('codebook.merging') : target ? t('codebook.mergeInto', { name: target.name }) : t('codebook.merge')}
          </button>
        </>
      }
    >
      <input
        type="search"
        role="combobox"
        aria-label={t('codebook.mergeFind')}
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={candidates[active] ? `${listId}-${candidates[active].id}` : undefined}
        placeholder={t('codebook.mergeFindPlaceholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" aria-label={t('codebook.mergeListLabel')} className="pick-list">
        {candidates.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${c.id}`}
            role="option"
            aria-selected={target?.id === c.id}
            className={`pick-option${i === active ? ' pick-active' : ''}`}
            onClick={() => {
              setActive(i);
              setTarget(c);
            }}
          >
            <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden />
            <span className="pick-path">{c.path}</span>
            <span className="pick-count">{number(c.totalCodings)}</span>
          </li>
        ))}
        {candidates.length === 0 && <li className="pick-empty">{t('codebook.mergeNoMatch', { query })}</li>}
      </ul>
      {target && (
        <div className="banner banner-warning merge-summary">
          {t('codebook.mergeSummary', { passages: source.codings, source: source.name, target: target.path, children })}
        </div>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
