import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Session } from '../../shared/domain/study';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
import type { StudyData } from '../study/useStudyData';
import { ConfirmDialog } from '../ui/ConfirmDialog';
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
  const { t } = useT();
  // formatMessage rather than t(): the tip wraps its key in <kbd>, which t()'s plain string cannot.
  const intl = useIntl();
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
    toast.info(
      r.value.backupPath
        ? t('sessions.deletedWithBackup', { title: session.title, path: r.value.backupPath })
        : t('sessions.deleted', { title: session.title }),
    );
    return null;
  };

  return (
    <div className="panel">
      <div className="toolbar">
        <h2 className="toolbar-title">{t('common.sessions')}</h2>
        {sessions && sessions.length > 0 && <span className="toolbar-meta">{t('sessions.count', { count: sessions.length })}</span>}
        <div className="toolbar-spacer" />
        {/* "Add", not "Import": the study's Import menu is the one control named Import on this screen. */}
        <button type="button" className="button" onClick={() => onImportTranscript(null)} title={t('sessions.addTranscriptHint')}>
          {t('sessions.addTranscript')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ kind: 'new' })}
          aria-keyshortcuts="N"
          title={t('sessions.newSessionShortcut')}
        >
          {t('common.newSession')}
        </button>
      </div>
      {sessions === null ? (
        <p className="loading-note" aria-busy="true">
          {t('sessions.loading')}
        </p>
      ) : sessions.length === 0 ? (
        <div className="empty-state">
          <h3>{t('sessions.emptyTitle')}</h3>
          <p>{t('sessions.emptyBody')}</p>
          <div className="empty-actions">
            <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>
              {t('sessions.addFirst')}
            </button>
            <button type="button" className="button" onClick={() => onImportTranscript(null)}>
              {t('sessions.addATranscript')}
            </button>
          </div>
          <p className="muted shortcut-hint">{intl.formatMessage({ id: 'sessions.tipNewSession' }, { kbd: (key) => <kbd>{key}</kbd> })}</p>
        </div>
      ) : (
        <SessionsTable
          sessions={sessions}
          onRun={(s) => onRun(s.id)}
          onImport={(s) => onImportTranscript(s.id)}
          onEdit={(s) => setEditing({ kind: 'edit', session: s })}
          onDelete={(s) => setEditing({ kind: 'delete', session: s })}
        />
      )}
      {editing?.kind === 'new' && (
        <SessionDialog session={null} people={data.participants ?? []} onSave={(d) => save(d, null)} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'edit' && (
        <SessionDialog
          session={editing.session}
          people={data.participants ?? []}
          onSave={(d) => save(d, editing.session)}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog
          title={t('sessions.deleteTitle')}
          confirmLabel={t('sessions.deleteSession')}
          onConfirm={() => remove(editing.session)}
          onClose={() => setEditing(null)}
        >
          <p>{t('sessions.deleteBody', { title: editing.session.title, participants: editing.session.participantCount })}</p>
          <p className="muted">{t('sessions.deleteBackup')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
