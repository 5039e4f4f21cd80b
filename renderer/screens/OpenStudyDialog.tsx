import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FolderStudy } from '../../shared/domain/study';
import type { AppInfo, Outcome } from '../app/useStudyLifecycle';
import { useT } from '../i18n/useT';
import { Dialog, DialogError } from '../ui/Dialog';
import { useCall } from '../ui/useCall';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';

interface OpenStudyDialogProps {
  info: AppInfo | null;
  onOpen: (path: string) => Promise<Outcome>;
  onClose: () => void;
}

/**
 * Browser mode has no open dialog, and the page may not name a path of its own choosing
 * (main/app/studyPaths.ts), so it offers what the backend lists: the studies in the studies
 * folder (plus any named on the `npm run serve` command line) and the recent list.
 */
export function OpenStudyDialog({ info, onOpen, onClose }: OpenStudyDialogProps) {
  const call = useCall();
  const { recent, forget } = useRecent();
  const [available, setAvailable] = useState<FolderStudy[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t, date } = useT();

  useEffect(() => {
    let live = true;
    void call('study:available', {}).then((r) => {
      if (live) setAvailable(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const open = async (target: string) => {
    if (busy) return;
    setBusy(true);
    setError(await onOpen(target));
    setBusy(false);
  };

  return (
    <Dialog
      title={t('screens.openStudyTitle')}
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('ui.cancel')}
        </button>
      }
    >
      <h3 className="subheading">{t('common.studiesFolder')}</h3>
      {info && (
        <p className="field-help">
          <FormattedMessage
            id="screens.studiesFolderHelp"
            values={{
              path: (
                <span className="path" translate="no">
                  {info.studiesDir}
                </span>
              ),
              command: <code translate="no">npm run serve -- path/to/study.verbatim</code>,
            }}
          />
        </p>
      )}
      {available === null ? (
        <p className="muted">{t('screens.loadingStudies')}</p>
      ) : available.length === 0 ? (
        <p className="muted empty-note">{t('screens.noStudies')}</p>
      ) : (
        <ul className="recent-list" aria-label={t('screens.studiesToOpen')}>
          {available.map((study) => (
            <li key={study.path} className="recent-item">
              <button type="button" className="recent-open" onClick={() => void open(study.path)} disabled={busy}>
                <span className="recent-title">{study.fileName.replace(/\.verbatim$/i, '')}</span>
                <span className="recent-path" translate="no" title={study.path}>
                  {study.path}
                </span>
                <span className="recent-when">{date(study.modifiedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <DialogError message={error} />
      <h3 className="subheading">{t('screens.recentStudies')}</h3>
      <RecentList recent={recent} label={t('screens.recentToOpen')} onOpen={(p) => void open(p)} onForget={(p) => void forget(p)} />
    </Dialog>
  );
}
