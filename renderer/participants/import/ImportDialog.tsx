import { useRef, useState, type DragEvent } from 'react';
import type { IncomingFile } from '../../../shared/domain/files';
import type { ColumnTarget, ImportOutcome, ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import type { TextEncodingName } from '../../../shared/text/encodings';
import { invoke } from '../../api';
import { ChosenFile } from '../../ui/ChosenFile';
import { Dialog, DialogError } from '../../ui/Dialog';
import { EncodingPicker } from '../../ui/EncodingPicker';
import { plural } from '../../ui/format';
import { useFileChooser } from '../../ui/useFileChooser';
import { MappingTable } from './MappingTable';
import { PreviewDetails } from './PreviewDetails';

interface ImportDialogProps {
  attributes: Attribute[];
  /** The study changed (or may have, in another window): reload its lists. */
  onStudyChanged: () => void;
  onClose: () => void;
}

/**
 * Import participants from a CSV in three steps: choose (or drop) a file, check the mapping and every row
 * problem, import. Nothing is written before the Import button; the backend writes in one
 * transaction, so a failed import leaves the study as it was.
 */
export function ImportDialog({ attributes, onStudyChanged, onClose }: ImportDialogProps) {
  // Held by the backend under its id: previews read it again, the import uses it up.
  const [file, setFile] = useState<IncomingFile | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // Shown at once when the user changes a column; the preview catches up when the backend answers.
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  // The encoding the user chose (none: detected), and what detection offered when the file came in.
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined);
  const [detection, setDetection] = useState<{ detected: TextEncodingName; choices: TextEncodingName[] } | null>(null);
  // Mapping changes can overlap; only the answer to the latest request is shown.
  const request = useRef(0);

  const runPreview = async (chosen: IncomingFile, mapping?: ColumnTarget[], read: TextEncodingName | undefined = encoding) => {
    const id = ++request.current;
    setBusy('checking');
    const r = await invoke('participants:importPreview', { fileId: chosen.fileId, ...(mapping ? { mapping } : {}), ...(read ? { encoding: read } : {}) });
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
    if (!read) setDetection({ detected: r.value.encoding, choices: r.value.encodingChoices });
  };

  const taken = async (chosen: IncomingFile) => {
    setOutcome(null);
    setFile(chosen);
    setEncoding(undefined);
    setDetection(null);
    await runPreview(chosen, undefined, undefined);
  };
  // Another encoding can change the column names too, so the mapping is suggested afresh.
  const readAs = (chosen: IncomingFile, read: TextEncodingName) => {
    setEncoding(read);
    void runPreview(chosen, undefined, read);
  };
  const refused = (message: string) => {
    setFile(null);
    setPreview(null);
    setError(message);
  };
  const chooser = useFileChooser('csv', 'CSV file', (f) => void taken(f), setUploading, refused);

  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) chooser.drop(dropped);
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('importing');
    const skipInvalid = preview.validCount < preview.rowCount;
    // The encoding the preview was read in is the one the import uses.
    const r = await invoke('participants:importCommit', { fileId: file.fileId, encoding: preview.encoding, mapping: preview.mapping, skipInvalid });
    setBusy(null);
    if (!r.ok) {
      // Something changed since the preview (e.g. another window added an attribute), and the import
      // used the file up either way: reload the lists, say why, and ask for the file again.
      onStudyChanged();
      return refused(`${r.error.message} Choose the file again to try once more.`);
    }
    setError(null);
    setOutcome(r.value);
    onStudyChanged();
  };

  const headerProblem = preview?.errors.some((e) => e.line === 1) ?? false;
  const invalid = preview ? preview.rowCount - preview.validCount : 0;
  const canImport = preview !== null && !headerProblem && preview.validCount > 0 && busy === null && uploading === null;
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
            {uploading ? `Uploading ${uploading}…` : busy === 'checking' ? 'Checking rows…' : ''}
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
      <div
        className="csv-import"
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDrop={onDrop}
      >
        <ChosenFile label="CSV" kind="csv" file={file} uploading={uploading} onChoose={chooser.choose} input={chooser.input} />
        <p className="field-help">
          Comma-, semicolon- or tab-separated, with a header row. UTF-8, UTF-16 and older encodings (Windows Western and Central European, Chinese GBK and Big5, Japanese, Cyrillic) are detected, and you can choose another. You can also drop the file on this dialog.
        </p>
        {file && detection && (
          <EncodingPicker
            reading={preview ? { encoding: preview.encoding, evidence: preview.encodingEvidence, note: preview.encodingNote } : { encoding: encoding ?? detection.detected, evidence: 'chosen', note: null }}
            choices={detection.choices}
            detected={detection.detected}
            disabled={busy !== null}
            onChange={(read) => readAs(file, read)}
          />
        )}
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
      </div>
    </Dialog>
  );
}
