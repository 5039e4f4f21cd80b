import type { ImportReport } from '../../shared/domain/interop';
import type { AppInfo } from '../app/useStudyLifecycle';
import { ImportProjectButton } from './ImportProjectButton';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';

interface WelcomeProps {
  info: AppInfo | null;
  /** What is happening right now ("Opening the study…"), or null. */
  busy: string | null;
  onNew: () => void;
  onOpen: () => void;
  onOpenPath: (path: string) => void;
  onOpenSample: () => void;
  /** A REFI-QDA project became a new study (now open); shows its report. */
  onImported: (report: ImportReport) => void;
}

/** The first screen: start a study, pick up a recent one, or explore the sample. */
export function Welcome({ info, busy, onNew, onOpen, onOpenPath, onOpenSample, onImported }: WelcomeProps) {
  const { recent, forget } = useRecent();
  return (
    <main className="welcome" aria-busy={busy !== null}>
      <section className="welcome-start" aria-labelledby="welcome-title">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <h1 id="welcome-title">Verbatim</h1>
        </div>
        <p className="welcome-lede">Sessions, participants and what they said — in one study file on this computer.</p>
        <div className="welcome-actions">
          <button type="button" className="button button-primary button-large" onClick={onNew} disabled={busy !== null}>
            New study
          </button>
          <button type="button" className="button button-large" onClick={onOpen} disabled={busy !== null}>
            Open study…
          </button>
          <button type="button" className="button button-link" onClick={onOpenSample} disabled={busy !== null}>
            Open the sample study
          </button>
          <ImportProjectButton disabled={busy !== null} onImported={onImported} />
        </div>
        {busy && (
          <p className="busy-note" role="status">
            {busy}
          </p>
        )}
        {info && info.mode === 'browser' && (
          <p className="welcome-footnote">
            Browser mode · new studies are saved in <span className="path">{info.studiesDir}</span>
          </p>
        )}
      </section>
      <section className="welcome-recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Open recent</h2>
        <RecentList recent={recent} label="Recent studies" onOpen={onOpenPath} onForget={(path) => void forget(path)} />
      </section>
    </main>
  );
}
