import { useEffect, useState } from 'react';
import type { FolderStudy } from '../../shared/domain/study';
import type { AppInfo, Outcome } from '../app/useStudyLifecycle';
import { Dialog, DialogError } from '../ui/Dialog';
import { useCall } from '../ui/useCall';
import { RecentList } from './RecentList';
import { useRecent } from './useRecent';

interface OpenStudyDialogProps {
  info: AppInfo | null;
  onOpen: (path: string) => Promise<Outcome>;
  onClose: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Browser mode has no open dialog, and the page may not name a path of its own choosing
 * (main/services/studyPaths.ts), so it offers what the backend lists: the studies in the studies
 * folder (plus any named on the `npm run serve` command line) and the recent list.
 */
export function OpenStudyDialog({ info, onOpen, onClose }: OpenStudyDialogProps) {
  const call = useCall();
  const { recent, forget } = useRecent();
  const [available, setAvailable] = useState<FolderStudy[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
      title="Open study"
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <h3 className="subheading">Studies folder</h3>
      {info && (
        <p className="field-help">
          Studies in <span className="path">{info.studiesDir}</span>. To open a study kept elsewhere, copy it into this folder or start
          Verbatim with its path: <code>npm run serve -- path/to/study.verbatim</code>.
        </p>
      )}
      {available === null ? (
        <p className="muted">Loading studies…</p>
      ) : available.length === 0 ? (
        <p className="muted empty-note">No studies in the studies folder yet.</p>
      ) : (
        <ul className="recent-list" aria-label="Studies to open">
          {available.map((study) => (
            <li key={study.path} className="recent-item">
              <button type="button" className="recent-open" onClick={() => void open(study.path)} title={study.path} disabled={busy}>
                <span className="recent-title">{study.fileName.replace(/\.verbatim$/i, '')}</span>
                <span className="recent-path">{study.path}</span>
                <span className="recent-when">{dateFormat.format(new Date(study.modifiedAt))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <DialogError message={error} />
      <h3 className="subheading">Recent studies</h3>
      <RecentList recent={recent} label="Recent studies to open" onOpen={(p) => void open(p)} onForget={(p) => void forget(p)} />
    </Dialog>
  );
}
