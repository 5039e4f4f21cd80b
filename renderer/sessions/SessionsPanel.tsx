import { useState } from 'react';
import type { Session } from '../../shared/domain/study';
import { invoke } from '../api';
import type { StudyData } from '../study/useStudyData';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { plural } from '../ui/format';
import { useToast } from '../ui/Toast';
import { useShortcut } from '../ui/useShortcut';
import { SessionDialog } from './SessionDialog';
import { fieldsOf, type SessionDraft } from './SessionFieldsForm';
import { SessionsTable } from './SessionsTable';

type Editing = { kind: 'new' } | { kind: 'edit'; session: Session } | { kind: 'delete'; session: Session } | null;

interface SessionsPanelProps {
  data: StudyData;
  onRun: (sessionId: string) => void;
  /** Opens the transcript import, into this session (or one chosen or made in the dialog). */
  onImportTranscript: (sessionId: string | null) => void;
}

export function SessionsPanel({ data, onRun, onImportTranscript }: SessionsPanelProps) {
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const { sessions, setSessions } = data;
  useShortcut('n', () => setEditing({ kind: 'new' }));

  const save = async (draft: SessionDraft, existing: Session | null): Promise<string | null> => {
    const fields = fieldsOf(draft);
    const r = existing ? await invoke('sessions:update', { id: existing.id, ...fields }) : await invoke('sessions:create', fields);
    if (!r.ok) return r.error.message;
    setSessions((all) => (existing ? (all ?? []).map((s) => (s.id === r.value.id ? r.value : s)) : [...(all ?? []), r.value]));
    // The moderator may be a person the save just added or linked: the people list changed too.
    void data.reloadParticipants();
    setEditing(null);
    return null;
  };

  const remove = async (session: Session): Promise<string | null> => {
    const r = await invoke('sessions:delete', { id: session.id });
    if (!r.ok) return r.error.message;
    setSessions((all) => (all ?? []).filter((s) => s.id !== session.id));
    // Memberships of the session went with it; participants must not keep showing it.
    void data.reloadParticipants();
    setEditing(null);
    toast.info(r.value.backupPath ? `Deleted “${session.title}”. A backup was saved at ${r.value.backupPath}.` : `Deleted “${session.title}”.`);
    return null;
  };

  return (
    <div className="panel">
      <div className="toolbar">
        <h2 className="toolbar-title">Sessions</h2>
        {sessions && sessions.length > 0 && <span className="toolbar-meta">{plural(sessions.length, 'session')}</span>}
        <div className="toolbar-spacer" />
        {/* "Add", not "Import": the study's Import menu is the one control named Import on this screen. */}
        <button type="button" className="button" onClick={() => onImportTranscript(null)} title="Import a transcript file into a session">
          Add transcript…
        </button>
        <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })} aria-keyshortcuts="N" title="Shortcut: N">
          New session
        </button>
      </div>
      {sessions === null ? (
        <p className="loading-note" aria-busy="true">
          Loading sessions…
        </p>
      ) : sessions.length === 0 ? (
        <div className="empty-state">
          <h3>No sessions yet</h3>
          <p>Add each focus group, interview or intercept you run. Notes, transcripts and participants attach to sessions.</p>
          <div className="empty-actions">
            <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>
              Add the first session
            </button>
            <button type="button" className="button" onClick={() => onImportTranscript(null)}>
              Add a transcript…
            </button>
          </div>
          <p className="muted shortcut-hint">
            Tip: press <kbd>N</kbd> to add a session.
          </p>
        </div>
      ) : (
        <SessionsTable sessions={sessions} onRun={(s) => onRun(s.id)} onImport={(s) => onImportTranscript(s.id)} onEdit={(s) => setEditing({ kind: 'edit', session: s })} onDelete={(s) => setEditing({ kind: 'delete', session: s })} />
      )}
      {editing?.kind === 'new' && <SessionDialog session={null} people={data.participants ?? []} onSave={(d) => save(d, null)} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && (
        <SessionDialog session={editing.session} people={data.participants ?? []} onSave={(d) => save(d, editing.session)} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete session?"
          confirmLabel="Delete session"
          onConfirm={() => remove(editing.session)}
          onClose={() => setEditing(null)}
        >
          <p>
            “{editing.session.title}” will be deleted together with its notes and documents
            {editing.session.participantCount > 0 ? `, and ${plural(editing.session.participantCount, 'participant')} will no longer be linked to it` : ''}.
          </p>
          <p className="muted">A backup copy of the study is made first, so this can be recovered.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
