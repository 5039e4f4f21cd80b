import { useRef, useState, type DragEvent } from 'react';
import type { IncomingFile } from '../../../shared/domain/files';
import type { ColumnTarget, ImportOutcome, ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import type { TextEncodingName } from '../../../shared/text/encodings';
import { invoke } from '../../api';
import { useLanguage, useT } from '../../i18n/useT';
import { ChosenFile } from '../../ui/ChosenFile';
import { Dialog, DialogError } from '../../ui/Dialog';
import { EncodingPicker } from '../../ui/EncodingPicker';
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
  const { t } = useT();
  // The encoding detector breaks near-ties with the UI's language (the pseudo-locale is English).
  const { locale } = useLanguage();
  const uiLanguage = locale === 'pseudo' ? 'en' : locale;
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
    const r = await invoke('participants:importPreview', {
      fileId: chosen.fileId,
      uiLanguage,
      ...(mapping ? { mapping } : {}),
      ...(read ? { encoding: read } : {}),
    });
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
  const chooser = useFileChooser('csv', t('participants.importFileChooserLabel'), (f) => void taken(f), setUploading, refused);

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
    const r = await invoke('participants:importCommit', {
      fileId: file.fileId,
      encoding: preview.encoding,
      mapping: preview.mapping,
      skipInvalid,
    });
    setBusy(null);
    if (!r.ok) {
      // Something changed since the preview (e.g. another window added an attribute), and the import
      // used the file up either way: reload the lists, say why, and ask for the file again.
      onStudyChanged();
      return refused(t('common.chooseFileAgain', { message: r.error.message }));
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
      ? t('common.importing')
      : !preview || headerProblem || preview.validCount === 0
        ? t('common.import')
        : invalid > 0
          ? t('participants.importValidSkip', { valid: preview.validCount, invalid })
          : t('participants.importParticipants', { count: preview.validCount });

  if (outcome)
    return (
      <Dialog
        title={t('participants.importFinished')}
        onClose={onClose}
        size="small"
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
            {t('participants.done')}
          </button>
        }
      >
        <ul className="outcome-list" aria-label={t('participants.importResult')}>
          <li>{t('participants.importCreated', { count: outcome.created })}</li>
          <li>{t('participants.importUpdated', { count: outcome.updated })}</li>
          <li>{t('participants.importAttributesCreated', { count: outcome.attributesCreated })}</li>
          {outcome.skipped > 0 && <li>{t('participants.importSkipped', { count: outcome.skipped })}</li>}
        </ul>
      </Dialog>
    );

  return (
    <Dialog
      title={t('participants.importTitle')}
      description={t('participants.importDescription')}
      onClose={onClose}
      size="large"
      footer={
        <>
          <span className="footer-status" role="status">
            {uploading ? t('common.uploading', { name: uploading }) : busy === 'checking' ? t('participants.importChecking') : ''}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {t('ui.cancel')}
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
        <ChosenFile label={t('common.csv')} kind="csv" file={file} uploading={uploading} onChoose={chooser.choose} input={chooser.input} />
        <p className="field-help">{t('participants.importHelp')}</p>
        {file && detection && (
          <EncodingPicker
            reading={
              preview
                ? { encoding: preview.encoding, evidence: preview.encodingEvidence, note: preview.encodingNote }
                : { encoding: encoding ?? detection.detected, evidence: 'chosen', note: null }
            }
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
