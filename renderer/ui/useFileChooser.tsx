import { useRef, type ReactElement } from 'react';
import type { IncomingFile, IncomingKind } from '../../shared/domain/files';
import { isDesktopWindow, takeInFile } from '../api';
import { useToast } from './Toast';

/** What the page's file picker offers for each kind: the formats the importer reads, by extension and MIME type. */
const ACCEPT: Record<IncomingKind, string> = {
  qdpx: '.qdpx',
  qdc: '.qdc',
  transcript: '.vtt,.srt,.sbv,.docx,.txt,.md,text/vtt,text/plain',
  csv: '.csv,.tsv,text/csv,text/tab-separated-values',
};

/**
 * Choosing a file to import. `choose()` opens the desktop app's open dialog (through the backend) or,
 * in browser mode, the page's file picker, whose file is then uploaded; `input` is that picker
 * (hidden; render it). `onChosen` gets the file's id; cancelling says nothing, a failure says why.
 * `onUploading` hears the name of a file being uploaded from the page, then null when that is over;
 * `onFailed` hears why a file was not taken in (a toast says it otherwise). `drop(file)` takes a file
 * dropped on the page: uploaded in browser mode; in the desktop app the page may not name a path, so
 * the open dialog asks for the file instead.
 */
export function useFileChooser(
  kind: IncomingKind,
  label: string,
  onChosen: (file: IncomingFile) => void,
  onUploading?: (name: string | null) => void,
  onFailed?: (message: string) => void,
): { choose: () => void; drop: (file: File) => void; input: ReactElement } {
  const toast = useToast();
  const picker = useRef<HTMLInputElement>(null);

  const take = async (file?: File) => {
    if (file) onUploading?.(file.name);
    const result = await takeInFile(kind, file);
    if (file) onUploading?.(null);
    if (result.ok) onChosen(result.value);
    else if (result.error.code !== 'CANCELLED') (onFailed ?? toast.error)(result.error.message);
  };

  const choose = () => {
    if (isDesktopWindow()) void take();
    else picker.current?.click();
  };

  const input = (
    <input
      ref={picker}
      type="file"
      accept={ACCEPT[kind]}
      hidden
      aria-label={label}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = ''; // choosing the same file again must fire change again
        if (file) void take(file);
      }}
    />
  );
  // takeInFile asks the open dialog in the desktop app, whatever the page holds.
  const drop = (file: File) => void take(isDesktopWindow() ? undefined : file);
  return { choose, drop, input };
}
