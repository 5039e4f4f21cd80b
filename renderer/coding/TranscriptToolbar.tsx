import type { DocumentView, HistoryState } from '../../shared/domain/coding';
import { useT } from '../i18n/useT';
import { useRichT } from '../i18n/useRichT';
import type { CodeLook } from '../ui/codeLook';
import { stepText } from '../ui/codeLook';
import type { KeySlot } from '../ui/numberKeys';

interface TranscriptToolbarProps {
  view: DocumentView | null;
  history: HistoryState;
  slots: readonly KeySlot[];
  /** Recently used codes that hold no number key, offered without one. */
  recent: readonly string[];
  looks: ReadonlyMap<string, CodeLook>;
  status: string;
  onUndo: () => void;
  onRedo: () => void;
  onFind: () => void;
  onNumber: (key: number) => void;
  onRecent: (codeId: string) => void;
}

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = mac ? '⌘' : 'Ctrl+';

/** Above the transcript: its name, undo/redo (their labels as tooltips), find, the 1–9 legend and recent codes. */
export function TranscriptToolbar({
  view,
  history,
  slots,
  recent,
  looks,
  status,
  onUndo,
  onRedo,
  onFind,
  onNumber,
  onRecent,
}: TranscriptToolbarProps) {
  const { t } = useT();
  const rich = useRichT();
  const keep = (event: React.MouseEvent) => event.preventDefault(); // buttons must not take the text selection away
  return (
    <div className="transcript-toolbar">
      <div className="transcript-toolbar-row transcript-head">
        {/* The name takes the line; the counts and the status line share the one below it, so a long
            status (Hungarian "Visszavonva: …") never squeezes the name or draws over the counts. */}
        <div className="transcript-title">
          <h2 title={view?.title}>{view?.title ?? t('common.coding')}</h2>
          <div className="transcript-subline">
            {view && (
              <span className="toolbar-meta">
                {t('coding.turnsAndCodings', { turns: view.turnList.length, codings: view.codingList.length })}
              </span>
            )}
            <span className="coding-status" role="status" aria-live="polite" title={status || undefined}>
              {status}
            </span>
          </div>
        </div>
        <div className="transcript-actions">
          <button
            type="button"
            className="button button-small"
            onMouseDown={keep}
            onClick={onUndo}
            disabled={!history.undo}
            title={
              history.undo ? t('coding.undoTitle', { action: stepText(t, history.undo), shortcut: `${MOD}Z` }) : t('coding.nothingToUndo')
            }
            aria-keyshortcuts="Control+Z"
          >
            {t('coding.undo')}
          </button>
          <button
            type="button"
            className="button button-small"
            onMouseDown={keep}
            onClick={onRedo}
            disabled={!history.redo}
            title={
              history.redo
                ? t('coding.redoTitle', { action: stepText(t, history.redo), shortcut: `${MOD}Shift+Z` })
                : t('coding.nothingToRedo')
            }
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t('coding.redo')}
          </button>
          {view && (
            <button
              type="button"
              className="button button-small"
              onClick={onFind}
              title={t('coding.findTitle', { shortcut: `${MOD}F` })}
              aria-keyshortcuts="Control+F"
            >
              {t('coding.find')}
            </button>
          )}
        </div>
      </div>
      <div className="transcript-toolbar-row">
        {view && (
          <div className="key-legend" aria-label={t('coding.numberKeys')}>
            {slots.length === 0 && <span className="muted">{rich('coding.keyHint', { mod: MOD })}</span>}
            {slots.map((s) => {
              const look = looks.get(s.codeId);
              return (
                <button
                  key={s.key}
                  type="button"
                  className="key-chip pinned"
                  onMouseDown={keep}
                  onClick={() => onNumber(s.key)}
                  title={t('coding.pinnedTitle', { key: s.key, code: look?.path ?? t('common.thisCode') })}
                  aria-keyshortcuts={String(s.key)}
                >
                  <kbd>{s.key}</kbd>
                  <span className="code-dot" style={{ backgroundColor: look?.color }} aria-hidden="true" />
                  <span className="key-chip-name">{look?.name ?? '…'}</span>
                </button>
              );
            })}
          </div>
        )}
        {view && recent.length > 0 && (
          <div className="recent-codes" role="group" aria-label={t('coding.recentCodes')}>
            <span className="recent-label">{t('coding.recent')}</span>
            {recent.map((codeId) => {
              const look = looks.get(codeId);
              return (
                <button
                  key={codeId}
                  type="button"
                  className="key-chip"
                  onMouseDown={keep}
                  onClick={() => onRecent(codeId)}
                  title={t('coding.recentTitle', { code: look?.path ?? t('common.thisCode') })}
                >
                  <span className="code-dot" style={{ backgroundColor: look?.color }} aria-hidden="true" />
                  <span className="key-chip-name">{look?.name ?? '…'}</span>
                </button>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
