import type { ReactElement } from 'react';
import type { IncomingFile } from '../../shared/domain/files';
import { useT } from '../i18n/useT';
import { ChosenFile } from '../ui/ChosenFile';

interface TranscriptFilePickerProps {
  dragging: boolean;
  file: IncomingFile | null;
  uploading: string | null;
  onChoose: () => void;
  /** The hidden file picker of useFileChooser (browser mode). */
  input: ReactElement;
}

/** The chosen file, dressed as a drop zone: the whole dialog accepts a dropped file, this says so. */
export function TranscriptFilePicker({ dragging, file, uploading, onChoose, input }: TranscriptFilePickerProps) {
  const { t } = useT();
  return (
    <div className={`transcript-drop${dragging ? ' transcript-drop-active' : ''}`}>
      <ChosenFile label={t('common.transcript')} kind="transcript" file={file} uploading={uploading} onChoose={onChoose} input={input} />
      <p className="transcript-drop-hint">{dragging ? t('transcripts.dropToRead') : t('transcripts.dropAnywhere')}</p>
    </div>
  );
}
