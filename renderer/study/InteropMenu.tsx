import { useState } from 'react';
import type { IncomingFile } from '../../shared/domain/files';
import type { ImportReport } from '../../shared/domain/interop';
import type { StudySummary } from '../../shared/domain/study';
import { invoke } from '../api';
import { MenuButton } from '../ui/Menu';
import { useJob } from '../ui/useJob';
import { useToast } from '../ui/Toast';
import { useExport } from '../ui/useExport';
import { useFileChooser } from '../ui/useFileChooser';
import { ImportReportDialog } from './ImportReportDialog';

/**
 * "Export ▸" and "Import ▸" in the study header: transcripts (the import dialog, which the study
 * screen holds), REFI-QDA projects (.qdpx) and codebooks (.qdc).
 * Exports go the one road out (useExport): the backend asks where to save or hands back a download. Every import
 * ends with its report.
 */
export function InteropMenu({ onSummary, onImportTranscript }: { onSummary: (s: StudySummary) => void; onImportTranscript: () => void }) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const job = useJob();
  const exportVia = useExport(job);
  // One import or export at a time: a second would take the progress panel from the first.
  const startBlocked = job.running || busy !== null;

  /** `turnSelections`: each participant's turns as selections of their Case too, which NVivo uses (QualCoder shows them as empty annotations). */
  const exportAs = async (format: 'qdpx' | 'qdc', turnSelections = false) => {
    setBusy(format === 'qdpx' ? 'Exporting the project…' : 'Exporting the codebook…');
    // A codebook is a few kilobytes; only the project export is long enough for a progress panel.
    if (format === 'qdpx') await exportVia('interop:exportQdpx', turnSelections ? { turnSelections } : {}, 'Exporting the project');
    else await exportVia('interop:exportQdc', {});
    setBusy(null);
  };

  const importFile = async (format: 'qdpx' | 'qdc', file: IncomingFile) => {
    setBusy(`Importing ${file.name}…`);
    const result = await job.run(`Importing ${file.name}`, (jobId) =>
      format === 'qdpx' ? invoke('interop:importQdpx', { fileId: file.fileId, into: 'open', jobId }) : invoke('interop:importQdc', { fileId: file.fileId, jobId }),
    );
    setBusy(null);
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') toast.error(result.error.message);
      return;
    }
    onSummary(result.value.study);
    setReport(result.value);
  };
  const uploading = (name: string | null) => setBusy(name === null ? null : `Uploading ${name}…`);
  const qdpxChooser = useFileChooser('qdpx', 'REFI-QDA project file', (f) => void importFile('qdpx', f), uploading);
  const qdcChooser = useFileChooser('qdc', 'Codebook file', (f) => void importFile('qdc', f), uploading);

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
        disabled={startBlocked}
        items={[
          { label: 'Transcript…', onSelect: onImportTranscript },
          { label: 'REFI-QDA project into this study…', onSelect: qdpxChooser.choose },
          { label: 'Codebook (.qdc)…', onSelect: qdcChooser.choose },
        ]}
      >
        Import ▸
      </MenuButton>
      <MenuButton
        label="Export"
        className="button"
        disabled={startBlocked}
        items={[
          { label: 'REFI-QDA project (.qdpx)', onSelect: () => void exportAs('qdpx') },
          { label: 'REFI-QDA project with turns, for NVivo (.qdpx)', onSelect: () => void exportAs('qdpx', true) },
          { label: 'Codebook (.qdc)', onSelect: () => void exportAs('qdc') },
        ]}
      >
        Export ▸
      </MenuButton>
      {qdpxChooser.input}
      {qdcChooser.input}
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
      {job.panel}
    </div>
  );
}
