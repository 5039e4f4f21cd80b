import { useRef, useState } from 'react';
import type { ColumnTarget, ImportOutcome, ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { invoke } from '../../api';
import { Field } from '../../ui/Field';
import { Dialog, DialogError } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { MappingTable } from './MappingTable';
import { PreviewDetails } from './PreviewDetails';
import { readCsvFile, type CsvPayload } from './readCsvFile';

interface ImportDialogProps {
  attributes: Attribute[];
  /** The study changed (or may have, in another window): reload its lists. */
  onStudyChanged: () => void;
  onClose: () => void;
}

/**
 * Import participants from a CSV in three steps: choose a file, check the mapping and every row
 * problem, import. Nothing is written before the Import button; the backend writes in one
 * transaction, so a failed import leaves the study as it was.
 */
export function ImportDialog({ attributes, onStudyChanged, onClose }: ImportDialogProps) {
  const [file, setFile] = useState<CsvPayload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // Shown at once when the user changes a column; the preview catches up when the backend answers.
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'importing' | null>(null);
  // Mapping changes can overlap; only the answer to the latest request is shown.
  const request = useRef(0);

  const runPreview = async (payload: CsvPayload, mapping?: ColumnTarget[]) => {
    const id = ++request.current;
    setBusy('checking');
    const r = await invoke('participants:importPreview', mapping ? { ...payload, mapping } : payload);
    if (id !== request.current) return;
    setBusy(null);
    if (!r.ok) {
      setError(r.error.message);
      if (!mapping) setPreview(null);
      return;
    }
    setError(null);
    setPreview(r.value);
    setMapping(r.value.mapping);
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setBusy('reading');
    setOutcome(null);
    const payload = await readCsvFile(chosen);
    setBusy(null);
    if (typeof payload === 'string') {
      setFile(null);
      setPreview(null);
      return setError(payload);
    }
    setFile(payload);
    await runPreview(payload);
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('importing');
    const skipInvalid = preview.validCount < preview.rowCount;
    const r = await invoke('participants:importCommit', { ...file, mapping: preview.mapping, skipInvalid });
    setBusy(null);
    if (!r.ok) {
      // Something changed since the preview (e.g. another window added an attribute): show the
      // current state of things, with the reason the import was refused on top.
      onStudyChanged();
      await runPreview(file, preview.mapping);
      return setError(r.error.message);
    }
    setError(null);
    setOutcome(r.value);
    onStudyChanged();
  };

  const headerProblem = preview?.errors.some((e) => e.line === 1) ?? false;
  const invalid = preview ? preview.rowCount - preview.validCount : 0;
  const canImport = preview !== null && !headerProblem && preview.validCount > 0 && busy === null;
  const importLabel =
    busy === 'importing'
      ? 'Importing…'
      : !preview || headerProblem || preview.validCount === 0
        ? 'Import'
        : invalid > 0
          ? `Import ${plural(preview.validCount, 'valid row')}, skip ${invalid}`
          : `Import ${plural(preview.validCount, 'participant')}`;

  if (outcome)
    return (
      <Dialog
        title="Import finished"
        onClose={onClose}
        size="small"
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            Done
          </button>
        }
      >
        <ul className="outcome-list" aria-label="Import result">
          <li>{plural(outcome.created, 'participant')} created</li>
          <li>{plural(outcome.updated, 'participant')} updated</li>
          <li>{plural(outcome.attributesCreated, 'attribute')} created</li>
          {outcome.skipped > 0 && <li>{plural(outcome.skipped, 'row')} skipped</li>}
        </ul>
      </Dialog>
    );

  return (
    <Dialog
      title="Import participants from CSV"
      description="Each row becomes a participant; a name that already exists updates that participant instead."
      onClose={onClose}
      size="large"
      footer={
        <>
          <span className="footer-status" role="status">
            {busy === 'reading' ? 'Reading the file…' : busy === 'checking' ? 'Checking rows…' : ''}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void commit()}>
            {importLabel}
          </button>
        </>
      }
    >
      <Field label="CSV file" className="file-field">
        {(id) => (
          <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
        )}
      </Field>
      <p className="field-help">
        Comma-, semicolon- or tab-separated, with a header row. UTF-8, UTF-16 and Excel’s Windows encodings are detected.
      </p>
      <DialogError message={error} />
      {preview && file && (
        <div className="import-body" aria-busy={busy === 'checking'}>
          <MappingTable
            columns={preview.columns}
            mapping={mapping}
            attributes={attributes}
            onChange={(m) => {
              setMapping(m);
              void runPreview(file, m);
            }}
          />
          <PreviewDetails preview={preview} attributes={attributes} />
        </div>
      )}
    </Dialog>
  );
}
