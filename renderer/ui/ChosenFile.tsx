import { useId, type ReactElement } from 'react';
import type { IncomingFile, IncomingKind } from '../../shared/domain/files';
import { INCOMING_LIMITS } from '../../shared/domain/files';

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

/** Sizes as people read them: "312 KB", "4.2 MB". */
function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The file an import dialog works on, and the button that chooses it through the one road in
 * (useFileChooser): the file's name and size once taken in, and the limit the backend enforces.
 */
export function ChosenFile({ label, kind, file, uploading, disabled, onChoose, input }: ChosenFileProps) {
  const id = useId();
  const status = uploading ? `Uploading ${uploading}…` : file ? `${file.name} (${formatSize(file.size)})` : 'No file chosen';
  return (
    <div className="chosen-file">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="chosen-file-row">
        <button type="button" className="button" aria-describedby={`${id}-label`} disabled={disabled || uploading !== null} onClick={onChoose}>
          {file ? 'Choose another file…' : 'Choose file…'}
        </button>
        <span className={file ? 'chosen-file-name' : 'chosen-file-name muted'} title={file?.name}>
          {status}
        </span>
        {input}
      </div>
      <p className="field-help chosen-file-limit">Up to {INCOMING_LIMITS[kind].label}.</p>
    </div>
  );
}
