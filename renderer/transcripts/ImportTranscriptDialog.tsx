import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { TranscriptPreview } from '../../shared/domain/coding';
import type { Participant, Session } from '../../shared/domain/study';
import { invoke } from '../api';
import { Dialog, DialogError } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { plural } from '../ui/format';
import { useToast } from '../ui/Toast';
import { useJob } from '../ui/useJob';
import './import.css';
import { readFileAsBase64 } from './readFile';
import { rowsFrom, targetOf, titleFromFileName, type SpeakerRow } from './speakerMapping';
import { SpeakerMappingTable } from './SpeakerMappingTable';
import { TranscriptFilePicker } from './TranscriptFilePicker';
import { TranscriptPreviewSummary, TranscriptSample } from './TranscriptPreviewSummary';
import { NEW_SESSION, TranscriptSessionField, type NewSessionDraft } from './TranscriptSessionField';

export interface ImportTranscriptDialogProps {
  open: boolean;
  sessions: Session[];
  defaultSessionId?: string | null;
  /** A file already chosen (e.g. dropped onto the workspace): read at once when the dialog opens. */
  initialFile?: File | null;
  onClose(): void;
  onImported(documentId: string): void;
}

/** Mounted fresh each time it opens, so a second import starts clean. */
export function ImportTranscriptDialog(props: ImportTranscriptDialogProps) {
  return props.open ? <ImportTranscript {...props} /> : null;
}

interface FilePayload {
  fileName: string;
  dataBase64: string;
}

const MAX_BYTES = 60 * 1024 * 1024;

/**
 * Import a transcript into a session: choose (or drop) a file, check what was read and who each
 * speaker is, import. Nothing is written before the Import button.
 */
function ImportTranscript({ sessions, defaultSessionId, initialFile, onClose, onImported }: ImportTranscriptDialogProps) {
  const toast = useToast();
  const job = useJob();
  // A study without sessions gets a new one with its first transcript.
  const [sessionId, setSessionId] = useState(defaultSessionId ?? (sessions.length === 1 ? sessions[0]!.id : sessions.length === 0 ? NEW_SESSION : ''));
  const [newSession, setNewSession] = useState<NewSessionDraft>({ kind: 'interview', title: '' });
  const [file, setFile] = useState<FilePayload | null>(null);
  const [preview, setPreview] = useState<TranscriptPreview | null>(null);
  const [rows, setRows] = useState<SpeakerRow[]>([]);
  const [people, setPeople] = useState<Participant[]>([]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'importing' | null>(null);
  const [dragging, setDragging] = useState(false);
  // A newer file or session makes an older preview answer irrelevant.
  const request = useRef(0);

  useEffect(() => {
    void invoke('participants:list', {}).then((r) => r.ok && setPeople(r.value));
  }, []);

  const runPreview = async (payload: FilePayload, session: string) => {
    if (!session) return;
    const id = ++request.current;
    setBusy('checking');
    // A session not made yet has no remembered speakers: the preview is asked without one.
    const r = await job.run(`Reading ${payload.fileName}`, (jobId) =>
      invoke('transcripts:importPreview', { ...(session === NEW_SESSION ? {} : { sessionId: session }), ...payload, jobId }),
    );
    if (id !== request.current) return;
    setBusy(null);
    setPreview(r.ok ? r.value : null);
    setRows(r.ok ? rowsFrom(r.value) : []);
    setError(r.ok ? null : r.error.message);
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setPreview(null);
    if (chosen.size > MAX_BYTES) return setError(`${chosen.name} is larger than 60 MB; split it into parts.`);
    if (chosen.size === 0) return setError(`${chosen.name} is empty.`);
    setBusy('reading');
    let payload: FilePayload;
    try {
      payload = { fileName: chosen.name.slice(0, 260), dataBase64: await readFileAsBase64(chosen) };
    } catch (e) {
      setBusy(null);
      return setError(`${chosen.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    setBusy(null);
    setFile(payload);
    setTitle(titleFromFileName(chosen.name));
    setNewSession((d) => (d.title.trim() === '' ? { ...d, title: titleFromFileName(chosen.name).slice(0, 200) } : d));
    setError(null);
    await runPreview(payload, sessionId);
  };

  // Only on opening: a later change of the prop must not replace a file the user chose here.
  const first = useRef(initialFile);
  useEffect(() => {
    if (first.current) void choose(first.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const commit = async () => {
    if (!file || !preview || !sessionId) return;
    setBusy('importing');
    const mapping = rows.map((row) => ({ label: row.label, target: targetOf(row) }));
    // A new session is made by the import's own transaction: if the import fails, no empty session is left.
    const into = sessionId === NEW_SESSION ? { newSession: { kind: newSession.kind, title: newSession.title.trim() } } : { sessionId };
    const r = await job.run(`Importing ${file.fileName}`, (jobId) => invoke('transcripts:importCommit', { ...into, ...file, title: title.trim() || undefined, mapping, jobId }));
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    const who = r.value.speakers.map((s) => `${s.name} (${s.turns})`).join(', ');
    toast.info(`Imported “${title.trim() || titleFromFileName(file.fileName)}”: ${plural(r.value.turns, 'turn')}${who ? ` — ${who}` : ''}.`);
    onImported(r.value.documentId);
  };

  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    // Show the dropped file in the file field too, as if it had been chosen there.
    const input = event.currentTarget.querySelector<HTMLInputElement>('input[type=file]');
    if (input) input.files = event.dataTransfer.files;
    void choose(event.dataTransfer.files[0]);
  };

  const unnamed = rows.some((r) => r.choice === 'new' && r.name.trim() === '');
  const sessionChosen = sessionId === NEW_SESSION ? newSession.title.trim() !== '' : sessionId !== '';
  const canImport = file !== null && preview !== null && sessionChosen && busy === null && !unnamed;
  const status = busy === 'reading' ? 'Reading the file…' : busy === 'checking' ? 'Reading the transcript…' : busy === 'importing' ? 'Importing…' : '';
  return (
    <Dialog
      title="Import a transcript"
      description="Captions (VTT, SRT, SBV), Word documents and plain text with speaker names. Nothing is saved until you press Import."
      onClose={onClose}
      size="large"
      footer={
        <>
          <span className="footer-status" role="status">
            {status}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void commit()}>
            {preview ? `Import ${plural(preview.turns, 'turn')}` : 'Import'}
          </button>
        </>
      }
    >
      {job.panel}
      <div
        className={`transcript-import${dragging ? ' transcript-dragging' : ''}`}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <div className="transcript-source">
          <TranscriptSessionField
            sessions={sessions}
            value={sessionId}
            draft={newSession}
            invalid={sessionId === '' && file !== null}
            onChange={(value) => {
              setSessionId(value);
              if (file) void runPreview(file, value);
            }}
            onDraftChange={setNewSession}
          />
          <TranscriptFilePicker dragging={dragging} onChoose={(f) => void choose(f)} />
        </div>
        {file && sessionId === '' && <p className="field-help transcript-hint">Choose the session this transcript belongs to.</p>}
        <DialogError message={error} />
        {preview && (
          <div className="import-body" aria-busy={busy === 'checking'}>
            <TranscriptPreviewSummary preview={preview} />
            {rows.length > 0 ? (
              <section aria-labelledby="speaker-map-title">
                <h3 id="speaker-map-title" className="subheading">
                  Speakers
                </h3>
                <SpeakerMappingTable rows={rows} people={people} onChange={setRows} />
              </section>
            ) : (
              <p className="muted">No speaker names were found; the turns are imported without speakers.</p>
            )}
            <Field label="Document title">
              {(id) => <input id={id} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
            </Field>
            <TranscriptSample preview={preview} />
          </div>
        )}
      </div>
    </Dialog>
  );
}
