import { SESSION_KIND_MESSAGES } from '../../shared/domain/sessionWords';
import { memo, useSyncExternalStore } from 'react';
import { NOTES_FORMATS, type ClockAction, type ClockState, type NotesFormat } from '../../shared/domain/live';
import type { Session } from '../../shared/domain/study';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../i18n/useT';
import { MenuButton } from '../ui/Menu';
import { useExport } from '../ui/useExport';
import type { Autosaver, SaveState } from '../ui/autosave';
import { ClockControls } from './ClockControls';

const FORMAT_LABELS: Record<NotesFormat, MessageId> = {
  docx: 'live.formatDocx',
  csv: 'common.csv',
  xlsx: 'live.formatXlsx',
  md: 'common.markdown',
};
const SAVE_LABELS: Record<SaveState, MessageId> = {
  saved: 'live.saved',
  saving: 'common.saving',
  error: 'live.notSaved',
  stopped: 'live.notSavedStopped',
};

interface LiveHeaderProps {
  session: Session;
  clock: ClockState;
  saver: Autosaver;
  onBack: () => void;
  onClock: (action: ClockAction) => void;
  onHelp: () => void;
}

/** "Saving…" / "All changes saved", straight from the autosave queue (typing re-renders nothing else). */
function SaveIndicator({ saver }: { saver: Autosaver }) {
  const { t } = useT();
  const state = useSyncExternalStore(saver.subscribe, () => saver.state);
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite">
      {t(SAVE_LABELS[state])}
    </span>
  );
}

/** Title, clock, save state, export and the way back to the study's tabs. */
export const LiveHeader = memo(function LiveHeader({ session, clock, saver, onBack, onClock, onHelp }: LiveHeaderProps) {
  const { t } = useT();
  const exportVia = useExport();
  const exportAs = (format: NotesFormat) => exportVia('notes:export', { sessionId: session.id, format });
  return (
    <header className="live-header">
      <button type="button" className="button" onClick={onBack} title={t('live.backHint')}>
        {t('live.back')}
      </button>
      <div className="live-title">
        <h2>{session.title}</h2>
        <span className={`badge badge-${session.kind}`}>{t(SESSION_KIND_MESSAGES[session.kind])}</span>
      </div>
      <ClockControls clock={clock} onAction={onClock} />
      <div className="toolbar-spacer" />
      <SaveIndicator saver={saver} />
      <MenuButton
        label={t('live.exportMenu')}
        className="button"
        items={NOTES_FORMATS.map((f) => ({ label: t(FORMAT_LABELS[f]), onSelect: () => void exportAs(f) }))}
      >
        {t('common.exportMenu')}
      </MenuButton>
      <button type="button" className="button" onClick={onHelp} aria-label={t('live.keys')} title={t('live.keysHint')}>
        ?
      </button>
    </header>
  );
});
