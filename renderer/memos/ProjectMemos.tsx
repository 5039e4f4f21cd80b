import { useMemo, useState } from 'react';
import type { MemoOverview, MemoTarget } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { Translator } from '../../shared/i18n/translator';
import { useT } from '../i18n/useT';
import { MemoEditor } from './MemoEditor';
import './memos.css';
import { memoPlaceWords } from './memoPlace';
import { DeleteMemoDialog } from './DeleteMemoDialog';
import { useDeleteMemo } from './useDeleteMemo';
import { useMemoOverview, type OverviewItem } from './useMemoOverview';

const PROJECT: MemoTarget = { kind: 'project' };

/** The kinds of memo, as the filter names them. */
const KIND_LABELS: Record<MemoTarget['kind'], MessageId> = {
  project: 'memos.kindProject',
  session: 'common.session',
  document: 'common.document',
  code: 'common.code',
  coding: 'memos.kindCoding',
};

/** The first line of a memo's text, for the list. */
function firstLine(body: string): string {
  return (
    body
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

function matches(item: OverviewItem, kind: string, words: string[], t: Translator['t']): boolean {
  // A memo being written stays in view whatever the filters say, so it cannot vanish mid-sentence.
  if (!item.memo) return true;
  if (kind !== 'all' && item.memo.target.kind !== kind) return false;
  const text = `${item.memo.title}\n${item.memo.body}\n${memoPlaceWords(item.memo.place, t)}`.toLocaleLowerCase();
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
  const { t } = useT();
  const list = useMemoOverview();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [kind, setKind] = useState<string>('all');
  const [query, setQuery] = useState('');
  const del = useDeleteMemo(list.remove, (key) => setOpenKey((k) => (k === key ? null : k)));

  const all = useMemo(() => list.items ?? [], [list.items]);
  const items = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return all.filter((i) => matches(i, kind, words, t));
  }, [all, kind, query, t]);
  const open = items.find((i) => i.key === openKey) ?? items[0] ?? null;
  const add = () => {
    const key = list.add();
    setOpenKey(key);
    setFresh(key);
  };
  const filtered = items.length !== all.length;

  return (
    <div className="project-memos">
      <aside className="project-memo-list" aria-label={t('common.memos')}>
        <div className="project-memo-toolbar">
          <h2>{t('common.memos')}</h2>
          <button type="button" className="button button-small button-primary" onClick={add} title={t('memos.newMemoTitle')}>
            {t('memos.newMemo')}
          </button>
        </div>
        <div className="memo-filters" role="search" aria-label={t('memos.filterMemos')}>
          <select aria-label={t('memos.kindOfMemo')} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="all">{t('memos.allKinds')}</option>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {t(label)}
              </option>
            ))}
          </select>
          <input
            type="search"
            aria-label={t('memos.wordsInMemo')}
            placeholder={t('memos.filterPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {filtered && (
          <p className="memo-filter-count muted" role="status">
            {t('memos.filterCount', { shown: items.length, total: all.length })}
          </p>
        )}
        {list.error && (
          <p role="alert" className="inline-error">
            {list.error}
          </p>
        )}
        <ul className="memo-index">
          {items.map((item) => {
            const title = item.memo?.title.trim() || t('memos.untitled');
            const kind = t(KIND_LABELS[item.memo?.target.kind ?? 'project']);
            const place = item.memo && item.memo.target.kind !== 'project' ? ` ${memoPlaceWords(item.memo.place, t)}` : '';
            // Title and place are cut to one line each; the tooltip keeps them whole.
            return (
              <li key={item.key}>
                <button
                  type="button"
                  className="memo-index-item"
                  aria-current={item.key === open?.key ? 'true' : undefined}
                  onClick={() => setOpenKey(item.key)}
                >
                  <span className="memo-index-title" title={title}>
                    {title}
                  </span>
                  <span className="memo-index-about" title={`${kind}${place}`}>
                    <span className={`memo-kind memo-kind-${item.memo?.target.kind ?? 'project'}`}>{kind}</span>
                    {place}
                  </span>
                  <span className="memo-index-line">{item.memo ? firstLine(item.memo.body) || '—' : t('memos.newNotSaved')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </aside>
      <section className="project-memo-editor" aria-label={t('memos.openMemo')}>
        {list.items === null && !list.error && <p className="muted">{t('memos.loading')}</p>}
        {list.items !== null && open === null && (
          <div className="empty-state">
            {filtered ? (
              <>
                <h3>{t('memos.noMatchTitle')}</h3>
                <p>{t('memos.noMatchText')}</p>
              </>
            ) : (
              <>
                <h3>{t('memos.noMemosTitle')}</h3>
                <p>{t('memos.noMemosText')}</p>
                <button type="button" className="button button-primary" onClick={add}>
                  {t('memos.writeMemo')}
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
                  <span className="memo-place-label">{t('memos.placeOn')}</span> {memoPlaceWords(open.memo.place, t)}
                </span>
                {(open.memo.documentId !== null || open.memo.codeId !== null) && (
                  <button type="button" className="button button-small" onClick={() => onOpenInCoding(open.memo!)}>
                    {open.memo.documentId !== null ? t('memos.openInTranscript') : t('memos.openInCodebook')}
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
      <DeleteMemoDialog del={del} />
    </div>
  );
}
