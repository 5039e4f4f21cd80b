import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';
import { failureText, type AppFailure } from '../../shared/result';
import { useT } from '../i18n/useT';
import { STATUS_MESSAGES, useMemoAutosave } from './useMemoAutosave';

interface MemoEditorProps {
  memo: Memo | null;
  target: MemoTarget;
  onSaved: (memo: Memo) => void;
  /** Asks to delete (the owner confirms), after any pending save; `id` is null for a memo never saved. */
  onDelete: (id: string | null) => void;
  /** Focus the title when the editor appears (a memo just added). */
  focusTitle?: boolean;
  /** Focus the text instead (a memo started to be written in at once; the title can wait). */
  focusBody?: boolean;
  /** 'page': the large editor of the Memos tab; 'card': one of several in a side panel. */
  variant?: 'card' | 'page';
}

/** A memo's title and text, saved as the researcher writes (see useMemoAutosave). */
export function MemoEditor({ memo, target, onSaved, onDelete, focusTitle = false, focusBody = false, variant = 'card' }: MemoEditorProps) {
  const translator = useT();
  const { t } = translator;
  const m = useMemoAutosave(memo, target, onSaved);
  const name = m.title.trim() || t('memos.untitled');
  const updated = memo?.updatedAt ? when(memo.updatedAt, translator) : null;
  const status = STATUS_MESSAGES[m.status];
  return (
    <article className={`memo memo-${variant}`} aria-label={t('memos.memoLabel', { name })}>
      <div className="memo-head">
        <input
          type="text"
          className="memo-title"
          aria-label={t('memos.titleLabel')}
          placeholder={t('memos.untitled')}
          value={m.title}
          maxLength={500}
          // A memo just added is empty: the title is where the researcher starts.
          autoFocus={focusTitle}
          onChange={(e) => m.edit('title', e.target.value)}
          onBlur={() => void m.flush()}
        />
      </div>
      <textarea
        className="memo-body"
        aria-label={t('memos.textLabel')}
        placeholder={t('memos.textPlaceholder')}
        value={m.body}
        rows={variant === 'page' ? 16 : 4}
        autoFocus={focusBody}
        onChange={(e) => m.edit('body', e.target.value)}
        onBlur={() => void m.flush()}
      />
      {m.stopped ? (
        <StoppedNotice failure={m.stopped} translator={translator} onSaveAsNew={m.saveAsNew} />
      ) : (
        m.error && (
          <p role="alert" className="inline-error">
            {m.error}
          </p>
        )
      )}
      <footer className="memo-foot">
        <span className="memo-meta" title={memo ? t('memos.created', { when: when(memo.createdAt, translator) }) : undefined}>
          {/* The author is the computer's user name, never a word to translate. */}
          {memo?.author && (
            <>
              <span translate="no">{memo.author}</span> ·{' '}
            </>
          )}
          {/* Before the first save the status beside says where the memo stands; "Not saved yet" only while nothing was typed. */}
          {updated ? t('memos.lastSaved', { when: updated }) : m.status === 'idle' ? t('memos.notSavedYet') : null}
        </span>
        <span className={`memo-status memo-status-${m.status}`} role="status" aria-live="polite">
          {status ? t(status) : ''}
        </span>
        <button
          type="button"
          className="button button-link button-small memo-delete"
          aria-label={t('memos.deleteNamed', { name })}
          onClick={() => void m.settle().then(onDelete)}
        >
          {t('common.delete')}
        </button>
      </footer>
    </article>
  );
}

/**
 * A save failed for good: says why and what to do; the text stays in the fields above. A memo
 * deleted elsewhere can be saved as a new one; for other causes copying is the way out.
 */
function StoppedNotice({ failure, translator, onSaveAsNew }: { failure: AppFailure; translator: Translator; onSaveAsNew: () => void }) {
  const { t } = translator;
  const gone = failure.messageId === 'editing.memoGone';
  return (
    <div role="alert" className="inline-error memo-stopped">
      <p>{gone ? t('memos.stoppedGone') : t('memos.stoppedOther', { reason: failureText(translator, failure) })}</p>
      {gone && (
        <button type="button" className="button button-small" onClick={onSaveAsNew}>
          {t('memos.saveAsNew')}
        </button>
      )}
    </div>
  );
}

/** "3:41 PM" today, "Mar 2, 2026, 3:41 PM" before: a narrow panel has room for the short form. */
function when(iso: string, { date: format }: Translator): string {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  return format(date, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
}
