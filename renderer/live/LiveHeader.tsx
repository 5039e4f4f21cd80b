import { memo, useSyncExternalStore } from 'react';
import { NOTES_FORMATS, type ClockAction, type ClockState, type NotesFormat } from '../../shared/domain/live';
import type { Session } from '../../shared/domain/study';
import { SESSION_KIND_LABELS } from '../../shared/domain/study';
import { MenuButton } from '../ui/Menu';
import { useExport } from '../ui/useExport';
import type { NoteSaver, SaveState } from './autosave';
import { ClockControls } from './ClockControls';

const FORMAT_LABELS: Record<NotesFormat, string> = { docx: 'Word (.docx)', csv: 'CSV', xlsx: 'Excel (.xlsx)', md: 'Markdown' };
const SAVE_LABELS: Record<SaveState, string> = { saved: 'All changes saved', saving: 'Saving…', error: 'Not saved — retrying' };

interface LiveHeaderProps {
  session: Session;
  clock: ClockState;
  saver: NoteSaver;
  onBack: () => void;
  onClock: (action: ClockAction) => void;
  onHelp: () => void;
}

/** "Saving…" / "All changes saved", straight from the autosave queue (typing re-renders nothing else). */
function SaveIndicator({ saver }: { saver: NoteSaver }) {
  const state = useSyncExternalStore(saver.subscribe, () => saver.state);
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite">
      {SAVE_LABELS[state]}
    </span>
  );
}

/** Title, clock, save state, export and the way back to the study's tabs. */
export const LiveHeader = memo(function LiveHeader({ session, clock, saver, onBack, onClock, onHelp }: LiveHeaderProps) {
  const exportVia = useExport();
  const exportAs = (format: NotesFormat) => exportVia('notes:export', { sessionId: session.id, format });
  return (
    <header className="live-header">
      <button type="button" className="button" onClick={onBack} title="Back to the sessions (notes are saved first)">
        ← Sessions
      </button>
      <div className="live-title">
        <h2>{session.title}</h2>
        <span className={`badge badge-${session.kind}`}>{SESSION_KIND_LABELS[session.kind]}</span>
      </div>
      <ClockControls clock={clock} onAction={onClock} />
      <div className="toolbar-spacer" />
      <SaveIndicator saver={saver} />
      <MenuButton label="Export the notes" className="button" items={NOTES_FORMATS.map((f) => ({ label: FORMAT_LABELS[f], onSelect: () => void exportAs(f) }))}>
        Export ▾
      </MenuButton>
      <button type="button" className="button" onClick={onHelp} aria-label="Keys" title="All keys (Ctrl/Cmd+/)">
        ?
      </button>
    </header>
  );
});
