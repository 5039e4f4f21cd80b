import { useId } from 'react';

/** What the file input offers: the formats the importer reads, by extension and MIME type. */
export const TRANSCRIPT_ACCEPT = '.vtt,.srt,.sbv,.docx,.txt,.md,text/vtt,text/plain';

interface TranscriptFilePickerProps {
  dragging: boolean;
  onChoose: (file: File | undefined) => void;
}

/** The file input dressed as a drop zone: the whole dialog accepts a dropped file, this says so. */
export function TranscriptFilePicker({ dragging, onChoose }: TranscriptFilePickerProps) {
  const id = useId();
  return (
    <div className={`transcript-drop${dragging ? ' transcript-drop-active' : ''}`}>
      <label htmlFor={id} className="field-label">
        Transcript file
      </label>
      <div className="transcript-drop-row file-field">
        <input id={id} type="file" accept={TRANSCRIPT_ACCEPT} onChange={(e) => onChoose(e.target.files?.[0])} />
      </div>
      <p className="transcript-drop-hint">{dragging ? 'Drop the file to read it' : 'or drop a file anywhere on this dialog'}</p>
    </div>
  );
}
