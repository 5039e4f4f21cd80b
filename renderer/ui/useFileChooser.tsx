import { useRef, type ReactElement } from 'react';
import type { IncomingFile, IncomingKind } from '../../shared/domain/files';
import { isDesktopWindow, takeInFile } from '../api';
import { useToast } from './Toast';

const ACCEPT: Record<IncomingKind, string> = { qdpx: '.qdpx', qdc: '.qdc' };

/**
 * Choosing a file to import. `choose()` opens the desktop app's open dialog (through the backend) or,
 * in browser mode, the page's file picker, whose file is then uploaded; `input` is that picker
 * (hidden; render it). `onChosen` gets the file's id; cancelling says nothing, a failure says why.
 * `onUploading` hears the name of a file being uploaded from the page, then null when that is over.
 */
export function useFileChooser(
  kind: IncomingKind,
  label: string,
  onChosen: (file: IncomingFile) => void,
  onUploading?: (name: string | null) => void,
): { choose: () => void; input: ReactElement } {
  const toast = useToast();
  const picker = useRef<HTMLInputElement>(null);

  const take = async (file?: File) => {
    if (file) onUploading?.(file.name);
    const result = await takeInFile(kind, file);
    if (file) onUploading?.(null);
    if (result.ok) onChosen(result.value);
    else if (result.error.code !== 'CANCELLED') toast.error(result.error.message);
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
  return { choose, input };
}
