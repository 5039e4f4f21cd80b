import type { DocumentView, HistoryState } from '../../shared/domain/coding';
import { plural } from '../ui/format';
import type { CodeLook } from './look';
import { prettyLabel } from './look';
import type { KeySlot } from './numberKeys';

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
export function TranscriptToolbar({ view, history, slots, recent, looks, status, onUndo, onRedo, onFind, onNumber, onRecent }: TranscriptToolbarProps) {
  const keep = (event: React.MouseEvent) => event.preventDefault(); // buttons must not take the text selection away
  return (
    <div className="transcript-toolbar">
      <div className="transcript-toolbar-row">
        <div className="transcript-title">
          <h2>{view?.title ?? 'Coding'}</h2>
          {view && (
            <span className="toolbar-meta">
              {plural(view.turnList.length, 'turn')} · {plural(view.codingList.length, 'coding')}
            </span>
          )}
        </div>
        <span className="toolbar-spacer" />
        <span className="coding-status" role="status" aria-live="polite">
          {status}
        </span>
        <button
          type="button"
          className="button button-small"
          onMouseDown={keep}
          onClick={onUndo}
          disabled={!history.undo}
          title={history.undo ? `Undo ${prettyLabel(history.undo)} (${MOD}Z)` : 'Nothing to undo'}
          aria-keyshortcuts="Control+Z"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          className="button button-small"
          onMouseDown={keep}
          onClick={onRedo}
          disabled={!history.redo}
          title={history.redo ? `Redo ${prettyLabel(history.redo)} (${MOD}Shift+Z)` : 'Nothing to redo'}
          aria-keyshortcuts="Control+Shift+Z"
        >
          ↷ Redo
        </button>
        {view && (
          <button type="button" className="button button-small" onClick={onFind} title={`Find in transcript (${MOD}F)`} aria-keyshortcuts="Control+F">
            Find
          </button>
        )}
      </div>
      <div className="transcript-toolbar-row">
        {view && (
          <div className="key-legend" aria-label="Number keys">
            {slots.length === 0 && (
              <span className="muted">
                Select words, then <kbd>{MOD}K</kbd> to code · <kbd>{MOD}Shift+K</kbd> in-vivo · pin codes to keys <kbd>1</kbd>–<kbd>9</kbd>
              </span>
            )}
            {slots.map((s) => {
              const look = looks.get(s.codeId);
              return (
                <button
                  key={s.key}
                  type="button"
                  className="key-chip pinned"
                  onMouseDown={keep}
                  onClick={() => onNumber(s.key)}
                  title={`Pinned: press ${s.key} to code the selection as ${look?.path ?? 'this code'}`}
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
          <div className="recent-codes" role="group" aria-label="Recently used codes">
            <span className="recent-label">Recent</span>
            {recent.map((codeId) => {
              const look = looks.get(codeId);
              return (
                <button
                  key={codeId}
                  type="button"
                  className="key-chip"
                  onMouseDown={keep}
                  onClick={() => onRecent(codeId)}
                  title={`Recently used: code the selection as ${look?.path ?? 'this code'} (pin it to a number key from the codebook)`}
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
