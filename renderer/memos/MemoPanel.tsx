import { useEffect, useRef, useState } from 'react';
import type { MemoTarget } from '../../shared/domain/coding';
import { useT } from '../i18n/useT';
import { MemoEditor } from './MemoEditor';
import './memos.css';
import { DeleteMemoDialog } from './DeleteMemoDialog';
import { useDeleteMemo } from './useDeleteMemo';
import { useMemoList } from './useMemoList';

export interface MemoPanelProps {
  target: MemoTarget;
  heading: string;
  onClose(): void;
}

/**
 * The memos on one thing (a code, a document, a session…): read, add, edit, delete. It opens to be
 * written in, so it takes the focus at once (the workspace's one-letter keys leave it alone, see
 * `data-own-keys`), then puts the cursor in the newest memo's text, or on "Write the first memo".
 * Escape closes it.
 */
export function MemoPanel({ target, heading, onClose }: MemoPanelProps) {
  const { t } = useT();
  const list = useMemoList(target);
  const [fresh, setFresh] = useState<string | null>(null);
  const del = useDeleteMemo(list.remove);
  const panel = useRef<HTMLElement>(null);
  const firstMemo = useRef<HTMLButtonElement>(null);
  const loaded = list.items !== null;

  useEffect(() => {
    panel.current?.focus();
  }, []);
  // Once the memos are in: write on at the end of the newest one, or be one key away from the first.
  useEffect(() => {
    // Not if the researcher has moved on while the list loaded.
    if (!loaded || !panel.current?.contains(document.activeElement)) return;
    const body = panel.current?.querySelector<HTMLTextAreaElement>('.memo-body');
    if (!body) return firstMemo.current?.focus();
    body.focus();
    body.setSelectionRange(body.value.length, body.value.length);
  }, [loaded]);

  return (
    <section
      ref={panel}
      className="memo-panel"
      aria-label={heading}
      tabIndex={-1}
      data-own-keys=""
      // Escape puts the panel away like ×: the owner sends the focus back to the transcript. Not while
      // the delete confirmation (rendered inside) is open: its own Escape closes only it.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented || del.pending) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="memo-panel-header">
        <h2>{heading}</h2>
        <button type="button" className="button button-small" onClick={() => setFresh(list.add())}>
          {t('memos.addMemo')}
        </button>
        <button type="button" className="icon-button" aria-label={t('memos.closeMemos')} onClick={onClose}>
          ×
        </button>
      </header>
      {list.error && (
        <p role="alert" className="inline-error">
          {list.error}
        </p>
      )}
      <div className="memo-list">
        {list.items === null && !list.error && <p className="muted memo-loading">{t('memos.loading')}</p>}
        {list.items?.length === 0 && (
          <div className="memo-empty">
            <p>{t('memos.emptyHere')}</p>
            <p className="muted">{t('memos.emptyHereHint')}</p>
            <button ref={firstMemo} type="button" className="button button-small button-primary" onClick={() => setFresh(list.add())}>
              {t('memos.writeFirst')}
            </button>
          </div>
        )}
        {list.items?.map((item) => (
          <MemoEditor
            key={item.key}
            memo={item.memo}
            target={target}
            focusBody={item.key === fresh}
            onSaved={(memo) => list.saved(item.key, memo)}
            onDelete={(id) => del.ask(item.key, id, item.memo?.title ?? '')}
          />
        ))}
      </div>
      <DeleteMemoDialog del={del} />
    </section>
  );
}
