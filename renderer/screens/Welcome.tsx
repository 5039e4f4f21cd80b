import type { ImportReport } from '../../shared/domain/refi';
import type { AppInfo } from '../app/useStudyLifecycle';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';
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
  const { t } = useT();
  return (
    <main className="welcome" aria-busy={busy !== null}>
      <section className="welcome-start" aria-labelledby="welcome-title">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" translate="no">
            V
          </span>
          <h1 id="welcome-title">Verbatim</h1>
        </div>
        <p className="welcome-lede">{t('screens.lede')}</p>
        <div className="welcome-actions">
          <button type="button" className="button button-primary button-large" onClick={onNew} disabled={busy !== null}>
            {t('screens.newStudy')}
          </button>
          <button type="button" className="button button-large" onClick={onOpen} disabled={busy !== null}>
            {t('screens.openStudy')}
          </button>
          <button type="button" className="button button-link" onClick={onOpenSample} disabled={busy !== null}>
            {t('screens.openSample')}
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
            {t('screens.browserModeFolder')}{' '}
            <span className="path" translate="no">
              {info.studiesDir}
            </span>
          </p>
        )}
      </section>
      <section className="welcome-recent" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('screens.openRecent')}</h2>
        <RecentList recent={recent} label={t('screens.recentStudies')} onOpen={onOpenPath} onForget={(path) => void forget(path)} />
      </section>
      <footer className="welcome-settings">
        <LanguagePicker />
      </footer>
    </main>
  );
}
