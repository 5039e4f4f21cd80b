import { useCallback } from 'react';
import type { Delivery, DownloadFile } from '../../shared/domain/files';
import type { In } from '../../shared/ipc/contract';
import type { Translator } from '../../shared/i18n/translator';
import { useT } from '../i18n/useT';
import { useCall } from './useCall';
import type { useJob } from './useJob';
import { useToast } from './Toast';

/** The channels that export files; each answers with a {@link Delivery}. */
export type ExportChannel =
  'reports:export' | 'notes:export' | 'retrieve:export' | 'refi:exportQdpx' | 'refi:exportQdc' | 'queries:matrixExport';
/** The exports long enough to run as a job the user follows and may cancel (they take a `jobId`). */
export type JobExportChannel = 'reports:export' | 'refi:exportQdpx';

/**
 * The one way the page finishes an export. The backend decides how a file is saved: where the host
 * has a save dialog it wrote the files and names them; otherwise the bytes came back and only then
 * does the page download them. Cancelling the dialog says nothing; a failure says why.
 * Given a `job` (useJob) and a title, a long export runs as that job: its progress panel shows
 * while the backend works, then the same "Saved to …" or download follows.
 * Resolves to true when the files were saved or handed to the browser.
 */
export function useExport(job?: Pick<ReturnType<typeof useJob>, 'run'>) {
  const call = useCall();
  const toast = useToast();
  const { t } = useT();
  // The job's `run` is stable; the object around it is new each render.
  const runJob = job?.run;
  return useCallback(
    async <C extends ExportChannel>(channel: C, input: In<C>, jobTitle?: C extends JobExportChannel ? string : never): Promise<boolean> => {
      const result =
        runJob && jobTitle !== undefined
          ? // Only a JobExportChannel gets a title (see the parameter's type), and each of those takes a jobId.
            await runJob(jobTitle, (jobId) => call(channel, { ...input, jobId } as In<C>))
          : await call(channel, input);
      if (!result.ok) return false;
      const delivery: Delivery = result.value;
      for (const file of delivery.files) downloadFile(file);
      toast.info([deliverySentence(delivery, t), ...delivery.notes].join(' '));
      return true;
    },
    [call, toast, runJob, t],
  );
}

/** "Saved to /path/file.pdf." for written files, "Exported file.pdf." for downloads. */
export function deliverySentence({ saved, files }: Pick<Delivery, 'saved' | 'files'>, t: Translator['t']): string {
  if (saved.length === 1) return t('ui.savedTo', { path: saved[0] });
  if (saved.length > 1) {
    const folder = saved[0]!.replace(/[\\/][^\\/]*$/, '');
    return t('ui.savedFiles', { count: saved.length, folder, names: saved.map((p) => p.slice(folder.length + 1)).join(', ') });
  }
  if (files.length === 1) return t('ui.exportedFile', { name: files[0]!.name });
  return t('ui.exportedFiles', { count: files.length });
}

/**
 * Hands bytes the backend returned to the browser as a download (a Blob URL on an `<a download>`;
 * the page's CSP governs fetches and frames, not downloads). Only reached when the host has no
 * save dialog: the desktop app's security policy cancels every download.
 */
function downloadFile(file: DownloadFile): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
