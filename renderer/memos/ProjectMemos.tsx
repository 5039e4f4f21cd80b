import { useState } from 'react';
import type { MemoTarget } from '../../shared/domain/coding';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { MemoEditor } from './MemoEditor';
import './memos.css';
import { useDeleteMemo } from './useDeleteMemo';
import { useMemoList } from './useMemoList';

const PROJECT: MemoTarget = { kind: 'project' };

/** The first line of a memo's text, for the list. */
function firstLine(body: string): string {
  return body.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/** Free memos about the whole study (the Memos tab): a list on the left, the open memo on the right. */
export function ProjectMemos() {
  const list = useMemoList(PROJECT);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const del = useDeleteMemo(list.remove, (key) => setOpenKey((k) => (k === key ? null : k)));

  const items = list.items ?? [];
  const open = items.find((i) => i.key === openKey) ?? items[0] ?? null;
  const add = () => {
    const key = list.add();
    setOpenKey(key);
    setFresh(key);
  };

  return (
    <div className="project-memos">
      <aside className="project-memo-list" aria-label="Project memos">
        <div className="project-memo-toolbar">
          <h2>Project memos</h2>
          <button type="button" className="button button-small button-primary" onClick={add}>
            New memo
          </button>
        </div>
        {list.error && (
          <p role="alert" className="inline-error">
            {list.error}
          </p>
        )}
        <ul className="memo-index">
          {items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="memo-index-item"
                aria-current={item.key === open?.key ? 'true' : undefined}
                onClick={() => setOpenKey(item.key)}
              >
                <span className="memo-index-title">{item.memo?.title.trim() || 'Untitled memo'}</span>
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
            <h3>No project memos yet</h3>
            <p>Keep the study’s running thoughts here: emerging themes, questions for the team, decisions and why.</p>
            <button type="button" className="button button-primary" onClick={add}>
              Write a memo
            </button>
          </div>
        )}
        {open && (
          <MemoEditor
            key={open.key}
            memo={open.memo}
            target={PROJECT}
            variant="page"
            focusTitle={open.key === fresh}
            onSaved={(memo) => list.saved(open.key, memo)}
            onDelete={(id) => del.ask(open.key, id, open.memo?.title ?? '')}
          />
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
