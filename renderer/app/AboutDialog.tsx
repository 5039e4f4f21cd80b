import type { Out } from '../../shared/ipc/contract';
import { Dialog } from '../ui/Dialog';

export function AboutDialog({ info, onClose }: { info: Out<'app:info'> | null; onClose: () => void }) {
  return (
    <Dialog
      title="About Verbatim"
      onClose={onClose}
      size="small"
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Verbatim keeps qualitative customer research — sessions, participants, notes and codes — in one local study file.</p>
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Study format</dt>
          <dd>schema {info.schemaVersion}</dd>
          <dt>Running as</dt>
          <dd>{info.mode === 'electron' ? 'desktop app' : 'browser mode'}</dd>
          <dt>Studies folder</dt>
          <dd className="path">{info.studiesDir}</dd>
        </dl>
      )}
    </Dialog>
  );
}
