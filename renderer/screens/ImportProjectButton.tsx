import { useState } from 'react';
import type { IncomingFile } from '../../shared/domain/files';
import type { ImportReport } from '../../shared/domain/refi';
import { invoke } from '../api';
import { useToast } from '../ui/Toast';
import { useFileChooser } from '../ui/useFileChooser';
import { useT } from '../i18n/useT';
import { useJob } from '../ui/useJob';

interface ImportProjectButtonProps {
  disabled: boolean;
  /** The import made a new study, which is now the open one. */
  onImported: (report: ImportReport) => void;
}

/**
 * "Import a REFI-QDA project…" on the welcome screen: a .qdpx from NVivo, ATLAS.ti, MAXQDA or
 * QualCoder becomes a new study (Electron asks where to save it; browser mode files it in the
 * studies folder).
 */
export function ImportProjectButton({ disabled, onImported }: ImportProjectButtonProps) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const job = useJob();
  const { t } = useT();

  const imported = async (file: IncomingFile) => {
    setBusy(t('screens.importingFile', { name: file.name }));
    const result = await job.run(t('common.importingFile', { name: file.name }), (jobId) =>
      invoke('refi:importQdpx', { fileId: file.fileId, into: 'new', jobId }),
    );
    setBusy(null);
    if (!result.ok && result.error.code !== 'CANCELLED') toast.error(result.error.message);
    else if (result.ok) onImported(result.value);
  };
  const chooser = useFileChooser(
    'qdpx',
    t('screens.importProjectChooser'),
    (f) => void imported(f),
    (name) => setBusy(name === null ? null : t('common.uploading', { name })),
  );

  return (
    <>
      <button type="button" className="button button-link welcome-import" onClick={chooser.choose} disabled={disabled || busy !== null}>
        {t('screens.importProject')}
      </button>
      {chooser.input}
      {busy && (
        <p className="busy-note" role="status">
          {busy}
        </p>
      )}
      {job.panel}
    </>
  );
}
