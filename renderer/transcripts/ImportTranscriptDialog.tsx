import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { TranscriptPreview } from '../../shared/domain/coding';
import type { IncomingFile } from '../../shared/domain/files';
import type { Participant, Session } from '../../shared/domain/study';
import type { TextEncodingName } from '../../shared/text/encodings';
import { invoke } from '../api';
import { useLanguage, useT } from '../i18n/useT';
import { Dialog, DialogError } from '../ui/Dialog';
import { EncodingPicker } from '../ui/EncodingPicker';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { useFileChooser } from '../ui/useFileChooser';
import { useJob } from '../ui/useJob';
import './import.css';
import { rowsFrom, targetOf, withModerator, titleFromFileName, type SpeakerRow } from './speakerMapping';
import { SpeakerMappingTable } from './SpeakerMappingTable';
import { TranscriptFilePicker } from './TranscriptFilePicker';
import { TranscriptPreviewSummary, TranscriptSample } from './TranscriptPreviewSummary';
import { NEW_SESSION, TranscriptSessionField } from './TranscriptSessionField';
import { draftOf, fieldsOf, type SessionDraft } from '../sessions/SessionFieldsForm';

export interface ImportTranscriptDialogProps {
  open: boolean;
  sessions: Session[];
  defaultSessionId?: string | null;
  /** A file already chosen (e.g. dropped onto the workspace): taken in at once when the dialog opens. */
  initialFile?: File | null;
  onClose(): void;
  onImported(documentId: string): void;
}

/** Mounted fresh each time it opens, so a second import starts clean. */
export function ImportTranscriptDialog(props: ImportTranscriptDialogProps) {
  return props.open ? <ImportTranscript {...props} /> : null;
}

/**
 * Import a transcript into a session: choose (or drop) a file, check what was read and who each
 * speaker is, import. Nothing is written before the Import button.
 */
function ImportTranscript({ sessions, defaultSessionId, initialFile, onClose, onImported }: ImportTranscriptDialogProps) {
  const toast = useToast();
  const { t } = useT();
  // The encoding detector breaks near-ties with the UI's language (the pseudo-locale is English).
  const { locale } = useLanguage();
  const uiLanguage = locale === 'pseudo' ? 'en' : locale;
  const job = useJob();
  // A study without sessions gets a new one with its first transcript.
  const [sessionId, setSessionId] = useState(
    defaultSessionId ?? (sessions.length === 1 ? sessions[0]!.id : sessions.length === 0 ? NEW_SESSION : ''),
  );
  const [newSession, setNewSession] = useState<SessionDraft>(() => draftOf(null));
  // Held by the backend under its id: previews read it again, the import uses it up.
  const [file, setFile] = useState<IncomingFile | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [preview, setPreview] = useState<TranscriptPreview | null>(null);
  const [rows, setRows] = useState<SpeakerRow[]>([]);
  const [people, setPeople] = useState<Participant[]>([]);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [dragging, setDragging] = useState(false);
  // The encoding the user chose (none: detected), and what detection offered when the file came in.
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined);
  const [detection, setDetection] = useState<{ detected: TextEncodingName; choices: TextEncodingName[] } | null>(null);
  // A newer file or session makes an older preview answer irrelevant.
  const request = useRef(0);

  useEffect(() => {
    void invoke('participants:list', {}).then((r) => r.ok && setPeople(r.value));
  }, []);

  // The moderator typed for a new session is who the interviewer speaker is: applied to a new
  // preview's rows, and again whenever the name (or the list of people) changes.
  const moderator = sessionId === NEW_SESSION ? newSession.moderator : '';
  const [applied, setApplied] = useState<{ preview: TranscriptPreview | null; moderator: string; people: Participant[] }>({
    preview: null,
    moderator: '',
    people,
  });
  if (preview && (applied.preview !== preview || applied.moderator !== moderator || applied.people !== people)) {
    setApplied({ preview, moderator, people });
    setRows(withModerator(rows, preview, moderator, people));
  }

  const runPreview = async (chosen: IncomingFile, session: string, read: TextEncodingName | undefined = encoding) => {
    if (!session) return;
    const id = ++request.current;
    setBusy('checking');
    // A session not made yet has no remembered speakers: the preview is asked without one.
    const r = await job.run(t('transcripts.jobReading', { name: chosen.name }), (jobId) =>
      invoke('transcripts:importPreview', {
        ...(session === NEW_SESSION ? {} : { sessionId: session }),
        fileId: chosen.fileId,
        jobId,
        uiLanguage,
        ...(read ? { encoding: read } : {}),
      }),
    );
    if (id !== request.current) return;
    setBusy(null);
    setPreview(r.ok ? r.value : null);
    setRows(r.ok ? rowsFrom(r.value) : []);
    setError(r.ok ? null : r.error.message);
    if (r.ok && !read && r.value.encoding) setDetection({ detected: r.value.encoding, choices: r.value.encodingChoices });
  };

  const taken = async (chosen: IncomingFile) => {
    setPreview(null);
    setFile(chosen);
    setTitle(titleFromFileName(chosen.name));
    setEncoding(undefined);
    setDetection(null);
    setNewSession((d) => (d.title.trim() === '' ? { ...d, title: titleFromFileName(chosen.name).slice(0, 200) } : d));
    setError(null);
    await runPreview(chosen, sessionId, undefined);
  };
  const refused = (message: string) => {
    setFile(null);
    setPreview(null);
    setError(message);
  };
  const chooser = useFileChooser('transcript', t('transcripts.fileChooserLabel'), (f) => void taken(f), setUploading, refused);

  // Only on opening: a later change of the prop must not replace a file the user chose here.
  const first = useRef(initialFile);
  useEffect(() => {
    if (first.current) chooser.drop(first.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const commit = async () => {
    if (!file || !preview || !sessionId) return;
    setBusy('importing');
    const mapping = rows.map((row) => ({ label: row.label, target: targetOf(row) }));
    // A new session is made by the import's own transaction: if the import fails, no empty session is left.
    const into = sessionId === NEW_SESSION ? { newSession: fieldsOf(newSession) } : { sessionId };
    const r = await job.run(t('common.importingFile', { name: file.name }), (jobId) =>
      // The encoding the preview was read in is the one the import uses (none for DOCX).
      invoke('transcripts:importCommit', {
        ...into,
        fileId: file.fileId,
        title: title.trim() || undefined,
        mapping,
        jobId,
        ...(preview.encoding ? { encoding: preview.encoding } : {}),
      }),
    );
    setBusy(null);
    // The import used the file up, whatever happened: trying again starts from choosing it.
    if (!r.ok) return refused(t('common.chooseFileAgain', { message: r.error.message }));
    const who = r.value.speakers.map((s) => t('transcripts.speakerTurns', { name: s.name, turns: s.turns })).join(', ');
    const imported = { title: title.trim() || titleFromFileName(file.name), turns: r.value.turns };
    toast.info(who ? t('transcripts.importedWithSpeakers', { ...imported, speakers: who }) : t('transcripts.imported', imported));
    onImported(r.value.documentId);
  };

  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) chooser.drop(dropped);
  };

  const unnamed = rows.some((r) => r.choice === 'new' && r.name.trim() === '');
  const sessionChosen = sessionId === NEW_SESSION ? newSession.title.trim() !== '' : sessionId !== '';
  const canImport = file !== null && preview !== null && sessionChosen && busy === null && uploading === null && !unnamed;
  const status = uploading
    ? t('common.uploading', { name: uploading })
    : busy === 'checking'
      ? t('transcripts.statusReading')
      : busy === 'importing'
        ? t('common.importing')
        : '';
  return (
    <Dialog
      title={t('transcripts.title')}
      description={t('transcripts.description')}
      onClose={onClose}
      size="large"
      footer={
        <>
          <span className="footer-status" role="status">
            {status}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void commit()}>
            {preview ? t('transcripts.importTurns', { count: preview.turns }) : t('common.import')}
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
            people={people}
            value={sessionId}
            draft={newSession}
            invalid={sessionId === '' && file !== null}
            onChange={(value) => {
              setSessionId(value);
              if (file) void runPreview(file, value);
            }}
            onDraftChange={setNewSession}
          />
          <TranscriptFilePicker dragging={dragging} file={file} uploading={uploading} onChoose={chooser.choose} input={chooser.input} />
        </div>
        {file && sessionId === '' && <p className="field-help transcript-hint">{t('transcripts.chooseSessionHint')}</p>}
        {file && detection && (
          <EncodingPicker
            reading={
              preview?.encoding
                ? { encoding: preview.encoding, evidence: preview.encodingEvidence ?? 'certain', note: preview.encodingNote }
                : { encoding: encoding ?? detection.detected, evidence: 'chosen', note: null }
            }
            choices={detection.choices}
            detected={detection.detected}
            disabled={busy !== null}
            onChange={(read) => {
              setEncoding(read);
              void runPreview(file, sessionId, read);
            }}
          />
        )}
        <DialogError message={error} />
        {preview && (
          <div className="import-body" aria-busy={busy === 'checking'}>
            <TranscriptPreviewSummary preview={preview} />
            {rows.length > 0 ? (
              <section aria-labelledby="speaker-map-title">
                <h3 id="speaker-map-title" className="subheading">
                  {t('transcripts.speakers')}
                </h3>
                <SpeakerMappingTable rows={rows} people={people} onChange={setRows} />
              </section>
            ) : (
              <p className="muted">{t('transcripts.noSpeakers')}</p>
            )}
            <Field label={t('transcripts.documentTitle')}>
              {(id) => <input id={id} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
            </Field>
            <TranscriptSample preview={preview} />
          </div>
        )}
      </div>
    </Dialog>
  );
}
