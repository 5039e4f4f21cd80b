import { useRef, useState, type ChangeEvent } from 'react';
import type { ExportResult, ImportReport } from '../../shared/domain/interop';
import type { StudySummary } from '../../shared/domain/study';
import { invoke } from '../api';
import { MenuButton } from '../ui/Menu';
import { useJob } from '../ui/useJob';
import { useToast } from '../ui/Toast';
import { ImportReportDialog } from './ImportReportDialog';
import { downloadBase64, readRefiFile } from './refiFiles';

const TYPES = { qdpx: 'application/zip', qdc: 'application/xml' } as const;

/**
 * "Export ▸" and "Import ▸" in the study header: REFI-QDA projects (.qdpx) and codebooks (.qdc).
 * Electron asks where to save with its own dialog; browser mode downloads the file. Every import
 * ends with its report.
 */
export function InteropMenu({ onSummary }: { onSummary: (s: StudySummary) => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const job = useJob();
  const qdpxInput = useRef<HTMLInputElement>(null);
  const qdcInput = useRef<HTMLInputElement>(null);

  const exportAs = async (format: 'qdpx' | 'qdc') => {
    setBusy(format === 'qdpx' ? 'Exporting the project…' : 'Exporting the codebook…');
    // A codebook is a few kilobytes; only the project export is long enough for a progress panel.
    const result = format === 'qdpx' ? await job.run('Exporting the project', (jobId) => invoke('interop:exportQdpx', { jobId })) : await invoke('interop:exportQdc', {});
    setBusy(null);
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') toast.error(result.error.message);
      return;
    }
    const done: ExportResult = result.value;
    if (done.dataBase64 !== null) downloadBase64(done.fileName, done.dataBase64, TYPES[format]);
    toast.info([done.path ? `Exported to ${done.path}.` : `Exported ${done.fileName}.`, ...done.notes].join(' '));
  };

  const importFile = async (format: 'qdpx' | 'qdc', event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    setBusy(`Importing ${file.name}…`);
    const payload = await readRefiFile(file, format);
    if (typeof payload === 'string') {
      setBusy(null);
      toast.error(payload);
      return;
    }
    const result = await job.run(`Importing ${file.name}`, (jobId) =>
      format === 'qdpx' ? invoke('interop:importQdpx', { ...payload, into: 'open', jobId }) : invoke('interop:importQdc', { ...payload, jobId }),
    );
    setBusy(null);
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') toast.error(result.error.message);
      return;
    }
    onSummary(result.value.study);
    setReport(result.value);
  };

  return (
    <div className="study-header-actions">
      {busy && (
        <span className="busy-note" role="status">
          {busy}
        </span>
      )}
      <MenuButton
        label="Import"
        className="button"
        items={[
          { label: 'REFI-QDA project into this study…', onSelect: () => qdpxInput.current?.click() },
          { label: 'Codebook (.qdc)…', onSelect: () => qdcInput.current?.click() },
        ]}
      >
        Import ▸
      </MenuButton>
      <MenuButton
        label="Export"
        className="button"
        items={[
          { label: 'REFI-QDA project (.qdpx)', onSelect: () => void exportAs('qdpx') },
          { label: 'Codebook (.qdc)', onSelect: () => void exportAs('qdc') },
        ]}
      >
        Export ▸
      </MenuButton>
      <input ref={qdpxInput} type="file" accept=".qdpx" hidden aria-label="REFI-QDA project file" onChange={(e) => void importFile('qdpx', e)} />
      <input ref={qdcInput} type="file" accept=".qdc" hidden aria-label="Codebook file" onChange={(e) => void importFile('qdc', e)} />
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
      {job.panel}
    </div>
  );
}
