import { useState } from 'react';
import type { IncomingFile } from '../../shared/domain/files';
import type { ImportReport } from '../../shared/domain/interop';
import type { StudySummary } from '../../shared/domain/study';
import { invoke } from '../api';
import { MenuButton } from '../ui/Menu';
import { useToast } from '../ui/Toast';
import { useExport } from '../ui/useExport';
import { useFileChooser } from '../ui/useFileChooser';
import { ImportReportDialog } from './ImportReportDialog';

/**
 * "Export ▸" and "Import ▸" in the study header: REFI-QDA projects (.qdpx) and codebooks (.qdc).
 * Exports go the one road out (useExport): the backend asks where to save or hands back a download. Every import
 * ends with its report.
 */
export function InteropMenu({ onSummary }: { onSummary: (s: StudySummary) => void }) {
  const toast = useToast();
  const exportVia = useExport();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const exportAs = async (format: 'qdpx' | 'qdc') => {
    setBusy(format === 'qdpx' ? 'Exporting the project…' : 'Exporting the codebook…');
    await exportVia(format === 'qdpx' ? 'interop:exportQdpx' : 'interop:exportQdc', {});
    setBusy(null);
  };

  const importFile = async (format: 'qdpx' | 'qdc', file: IncomingFile) => {
    setBusy(`Importing ${file.name}…`);
    const result = format === 'qdpx' ? await invoke('interop:importQdpx', { fileId: file.fileId, into: 'open' }) : await invoke('interop:importQdc', { fileId: file.fileId });
    setBusy(null);
    if (!result.ok) {
      toast.error(result.error.message);
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
        items={[
          { label: 'REFI-QDA project into this study…', onSelect: qdpxChooser.choose },
          { label: 'Codebook (.qdc)…', onSelect: qdcChooser.choose },
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
      {qdpxChooser.input}
      {qdcChooser.input}
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
    </div>
  );
}
