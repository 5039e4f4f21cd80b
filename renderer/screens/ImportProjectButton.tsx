import { useRef, useState } from 'react';
import type { ImportReport } from '../../shared/domain/interop';
import { invoke } from '../api';
import { readRefiFile } from '../study/refiFiles';
import { useToast } from '../ui/Toast';
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
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const job = useJob();

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    setBusy(`Importing ${file.name}…`);
    const payload = await readRefiFile(file, 'qdpx');
    const result = typeof payload === 'string' ? null : await job.run(`Importing ${file.name}`, (jobId) => invoke('interop:importQdpx', { ...payload, into: 'new', jobId }));
    setBusy(null);
    if (typeof payload === 'string') toast.error(payload);
    else if (result && !result.ok && result.error.code !== 'CANCELLED') toast.error(result.error.message);
    else if (result?.ok) onImported(result.value);
  };

  return (
    <>
      <button type="button" className="button button-link welcome-import" onClick={() => input.current?.click()} disabled={disabled || busy !== null}>
        Import a REFI-QDA project…
      </button>
      <input
        ref={input}
        type="file"
        accept=".qdpx"
        hidden
        aria-label="REFI-QDA project to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void chosen(file);
        }}
      />
      {busy && (
        <p className="busy-note" role="status">
          {busy}
        </p>
      )}
      {job.panel}
    </>
  );
}
