import { useMemo, useState } from 'react';
import type { MemoOverview, MemoTarget } from '../../shared/domain/coding';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { MemoEditor } from './MemoEditor';
import './memos.css';
import { useDeleteMemo } from './useDeleteMemo';
import { useMemoOverview, type OverviewItem } from './useMemoOverview';

const PROJECT: MemoTarget = { kind: 'project' };

/** The kinds of memo, as the filter names them. */
const KIND_LABELS: Record<MemoTarget['kind'], string> = {
  project: 'Project',
  session: 'Session',
  document: 'Document',
  code: 'Code',
  coding: 'Coded passage',
};

/** The first line of a memo's text, for the list. */
function firstLine(body: string): string {
  return body.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

function matches(item: OverviewItem, kind: string, words: string[]): boolean {
  // A memo being written stays in view whatever the filters say, so it cannot vanish mid-sentence.
  if (!item.memo) return true;
  if (kind !== 'all' && item.memo.target.kind !== kind) return false;
  const text = `${item.memo.title}\n${item.memo.body}\n${item.memo.about}`.toLocaleLowerCase();
  return words.every((w) => text.includes(w));
}

interface ProjectMemosProps {
  /** Opens the Coding tab at a memo's passage or document (or on its code), with the memo beside it. */
  onOpenInCoding: (memo: MemoOverview) => void;
}

/**
 * The Memos tab: every memo of the study (on the project, a session, a document, a code or a coded
 * passage), filtered by kind and words; the open memo is edited here, and one on a passage, a
 * document or a code also opens where it belongs.
 */
export function ProjectMemos({ onOpenInCoding }: ProjectMemosProps) {
  const list = useMemoOverview();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [kind, setKind] = useState<string>('all');
  const [query, setQuery] = useState('');
  const del = useDeleteMemo(list.remove, (key) => setOpenKey((k) => (k === key ? null : k)));

  const all = useMemo(() => list.items ?? [], [list.items]);
  const items = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return all.filter((i) => matches(i, kind, words));
  }, [all, kind, query]);
  const open = items.find((i) => i.key === openKey) ?? items[0] ?? null;
  const add = () => {
    const key = list.add();
    setOpenKey(key);
    setFresh(key);
  };
  const filtered = items.length !== all.length;

  return (
    <div className="project-memos">
      <aside className="project-memo-list" aria-label="Memos">
        <div className="project-memo-toolbar">
          <h2>Memos</h2>
          <button type="button" className="button button-small button-primary" onClick={add} title="A memo on the whole study">
            New memo
          </button>
        </div>
        <div className="memo-filters" role="search" aria-label="Filter memos">
          <select aria-label="Kind of memo" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="all">All kinds</option>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
          <input type="search" aria-label="Words in the memo" placeholder="Filter by words…" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        {filtered && (
          <p className="memo-filter-count muted" role="status">
            {items.length} of {all.length} memos
          </p>
        )}
        {list.error && (
          <p role="alert" className="inline-error">
            {list.error}
          </p>
        )}
        <ul className="memo-index">
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" className="memo-index-item" aria-current={item.key === open?.key ? 'true' : undefined} onClick={() => setOpenKey(item.key)}>
                <span className="memo-index-title">{item.memo?.title.trim() || 'Untitled memo'}</span>
                <span className="memo-index-about">
                  <span className={`memo-kind memo-kind-${item.memo?.target.kind ?? 'project'}`}>{KIND_LABELS[item.memo?.target.kind ?? 'project']}</span>
                  {item.memo && item.memo.target.kind !== 'project' ? ` ${item.memo.about}` : ''}
                </span>
                <span className="memo-index-line">{item.memo ? firstLine(item.memo.body) || '—' : 'New, not saved yet'}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="project-memo-editor" aria-label="Open memo">
        {list.items === null && !list.error && <p className="muted">Loading memos…</p>}
        {list.items !== null && open === null && (
          <div className="empty-state">
            {filtered ? (
              <>
                <h3>No memo matches</h3>
                <p>Try other words, or all kinds of memo.</p>
              </>
            ) : (
              <>
                <h3>No memos yet</h3>
                <p>Keep the study’s running thoughts here: emerging themes, questions for the team, decisions and why. Memos on codes and passages, written while coding, are listed here too.</p>
                <button type="button" className="button button-primary" onClick={add}>
                  Write a memo
                </button>
              </>
            )}
          </div>
        )}
        {open && (
          <>
            {open.memo && open.memo.target.kind !== 'project' && (
              <div className="memo-place">
                <span>
                  <span className="memo-place-label">On</span> {open.memo.about}
                </span>
                {(open.memo.documentId !== null || open.memo.codeId !== null) && (
                  <button type="button" className="button button-small" onClick={() => onOpenInCoding(open.memo!)}>
                    {open.memo.documentId !== null ? 'Open in the transcript' : 'Open in the codebook'}
                  </button>
                )}
              </div>
            )}
            <MemoEditor
              key={open.key}
              memo={open.memo}
              target={open.memo?.target ?? PROJECT}
              variant="page"
              focusBody={open.key === fresh}
              onSaved={(memo) => list.saved(open.key, memo)}
              onDelete={(id) => del.ask(open.key, id, open.memo?.title ?? '')}
            />
          </>
        )}
      </section>
      {del.pending && (
        <ConfirmDialog title={`Delete memo “${del.pending.title || 'Untitled memo'}”?`} confirmLabel="Delete memo" onConfirm={del.confirm} onClose={del.cancel}>
          <p>The memo and its text are removed. Undo brings it back.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
