import { useState } from 'react';
import type { IncomingFile } from '../../shared/domain/files';
import type { ImportReport } from '../../shared/domain/refi';
import type { StudySummary } from '../../shared/domain/study';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
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
export function RefiMenu({ onSummary, onImportTranscript }: { onSummary: (s: StudySummary) => void; onImportTranscript: () => void }) {
  const toast = useToast();
  const { t } = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const job = useJob();
  const exportVia = useExport(job);
  // One import or export at a time: a second would take the progress panel from the first.
  const startBlocked = job.running || busy !== null;

  /** `turnSelections`: each participant's turns as selections of their Case too, which NVivo uses (QualCoder shows them as empty annotations). */
  const exportAs = async (format: 'qdpx' | 'qdc', turnSelections = false) => {
    setBusy(format === 'qdpx' ? t('study.exportingProject') : t('study.exportingCodebook'));
    // A codebook is a few kilobytes; only the project export is long enough for a progress panel.
    if (format === 'qdpx') await exportVia('refi:exportQdpx', turnSelections ? { turnSelections } : {}, t('study.exportingProjectJob'));
    else await exportVia('refi:exportQdc', {});
    setBusy(null);
  };

  const importFile = async (format: 'qdpx' | 'qdc', file: IncomingFile) => {
    setBusy(t('screens.importingFile', { name: file.name }));
    const result = await job.run(t('common.importingFile', { name: file.name }), (jobId) =>
      format === 'qdpx'
        ? invoke('refi:importQdpx', { fileId: file.fileId, into: 'open', jobId })
        : invoke('refi:importQdc', { fileId: file.fileId, jobId }),
    );
    setBusy(null);
    if (!result.ok) {
      if (result.error.code !== 'CANCELLED') toast.error(result.error.message);
      return;
    }
    onSummary(result.value.study);
    setReport(result.value);
  };
  const uploading = (name: string | null) => setBusy(name === null ? null : t('common.uploading', { name }));
  const qdpxChooser = useFileChooser('qdpx', t('study.qdpxChooser'), (f) => void importFile('qdpx', f), uploading);
  const qdcChooser = useFileChooser('qdc', t('study.qdcChooser'), (f) => void importFile('qdc', f), uploading);

  return (
    <div className="study-header-actions">
      {busy && (
        <span className="busy-note" role="status">
          {busy}
        </span>
      )}
      <MenuButton
        label={t('common.import')}
        className="button"
        disabled={startBlocked}
        items={[
          { label: t('study.importTranscript'), onSelect: onImportTranscript },
          { label: t('study.importQdpx'), onSelect: qdpxChooser.choose },
          { label: t('study.importQdc'), onSelect: qdcChooser.choose },
        ]}
      >
        {t('study.importMenu')}
      </MenuButton>
      <MenuButton
        label={t('common.export')}
        className="button"
        disabled={startBlocked}
        items={[
          { label: t('study.exportQdpx'), onSelect: () => void exportAs('qdpx') },
          { label: t('study.exportQdpxTurns'), onSelect: () => void exportAs('qdpx', true) },
          { label: t('study.exportQdc'), onSelect: () => void exportAs('qdc') },
        ]}
      >
        {t('study.exportMenu')}
      </MenuButton>
      {qdpxChooser.input}
      {qdcChooser.input}
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
      {job.panel}
    </div>
  );
}
