import { useId, type ReactElement } from 'react';
import type { IncomingFile, IncomingKind } from '../../shared/domain/files';
import { INCOMING_LIMITS } from '../../shared/domain/files';
import type { Translator } from '../../shared/i18n/translator';
import { useT } from '../i18n/useT';

interface ChosenFileProps {
  label: string;
  kind: IncomingKind;
  file: IncomingFile | null;
  /** The name of a file on its way to the backend, shown until it is taken in. */
  uploading: string | null;
  disabled?: boolean;
  onChoose: () => void;
  /** The hidden file picker of useFileChooser (browser mode). */
  input: ReactElement;
}

/** Sizes as people read them, in the UI's number form: "312 KB", "4.2 MB" ("4,2 MB" in Norwegian). */
function formatSize(bytes: number, { t, number }: Translator): string {
  if (bytes < 1024 * 1024) return t('ui.sizeKb', { size: number(Math.max(1, Math.round(bytes / 1024))) });
  return t('ui.sizeMb', { size: number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** A limit as it is stated: whole units, "20 MB", "4 GB" (the .qdpx limit is 4 GB less one byte). */
function formatLimit(bytes: number, { t, number }: Translator): string {
  const gb = 1024 * 1024 * 1024;
  if (bytes >= gb - 1) return t('ui.sizeGb', { size: number(Math.round(bytes / gb)) });
  return t('ui.sizeMb', { size: number(Math.round(bytes / (1024 * 1024))) });
}

/**
 * The file an import dialog works on, and the button that chooses it through the one road in
 * (useFileChooser): the file's name and size once taken in, and the limit the backend enforces.
 */
export function ChosenFile({ label, kind, file, uploading, disabled, onChoose, input }: ChosenFileProps) {
  const id = useId();
  const translator = useT();
  const { t } = translator;
  const status = uploading
    ? t('common.uploading', { name: uploading })
    : file
      ? t('ui.fileWithSize', { name: file.name, size: formatSize(file.size, translator) })
      : t('ui.noFileChosen');
  return (
    <div className="chosen-file">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="chosen-file-row">
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-label`}
          disabled={disabled || uploading !== null}
          onClick={onChoose}
        >
          {file ? t('ui.chooseAnotherFile') : t('ui.chooseFile')}
        </button>
        <span className={file ? 'chosen-file-name' : 'chosen-file-name muted'} title={file?.name}>
          {status}
        </span>
        {input}
      </div>
      <p className="field-help chosen-file-limit">{t('ui.upTo', { limit: formatLimit(INCOMING_LIMITS[kind].bytes, translator) })}</p>
    </div>
  );
}
