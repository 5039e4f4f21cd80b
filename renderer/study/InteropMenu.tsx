import { useRef, useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../../shared/domain/interop';
import type { StudySummary } from '../../shared/domain/study';
import { invoke } from '../api';
import { MenuButton } from '../ui/Menu';
import { useToast } from '../ui/Toast';
import { useExport } from '../ui/useExport';
import { ImportReportDialog } from './ImportReportDialog';
import { readRefiFile } from './refiFiles';

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
  const qdpxInput = useRef<HTMLInputElement>(null);
  const qdcInput = useRef<HTMLInputElement>(null);

  const exportAs = async (format: 'qdpx' | 'qdc') => {
    setBusy(format === 'qdpx' ? 'Exporting the project…' : 'Exporting the codebook…');
    await exportVia(format === 'qdpx' ? 'interop:exportQdpx' : 'interop:exportQdc', {});
    setBusy(null);
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
    const result = format === 'qdpx' ? await invoke('interop:importQdpx', { ...payload, into: 'open' }) : await invoke('interop:importQdc', payload);
    setBusy(null);
    if (!result.ok) {
      toast.error(result.error.message);
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
    </div>
  );
}
