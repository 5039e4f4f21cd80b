import { SESSION_KIND_MESSAGES } from '../../shared/domain/sessionWords';
import { useState } from 'react';
import { SESSION_ROLES, type Participant, type Session, type SessionRole } from '../../shared/domain/study';
import { invoke } from '../api';
import { Dialog, DialogError } from '../ui/Dialog';
import { useT } from '../i18n/useT';
import { dayText, ROLE_LABEL } from './cellValue';

interface SessionRolesDialogProps {
  participant: Participant;
  sessions: Session[];
  /** Called with the participant as saved after each change. */
  onChanged: (p: Participant) => void;
  onClose: () => void;
}

/** Which sessions a participant took part in, and as what. Each change is saved at once. */
export function SessionRolesDialog({ participant, sessions, onChanged, onClose }: SessionRolesDialogProps) {
  const translator = useT();
  const { t } = translator;
  const [current, setCurrent] = useState(participant);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const roleIn = (sessionId: string) => current.sessions.find((m) => m.sessionId === sessionId)?.role ?? '';

  const change = async (sessionId: string, role: SessionRole | null) => {
    setPending(sessionId);
    const r = await invoke('participants:setSessionRole', { participantId: participant.id, sessionId, role });
    setPending(null);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setCurrent(r.value);
    onChanged(r.value);
  };

  return (
    <Dialog
      title={t('participants.sessionsOf', { name: participant.displayName })}
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('participants.done')}
        </button>
      }
    >
      {sessions.length === 0 ? (
        <p className="muted">{t('participants.noSessions')}</p>
      ) : (
        <ul className="role-list">
          {sessions.map((s) => (
            <li key={s.id} className="role-item">
              <span className={`badge badge-${s.kind}`}>{t(SESSION_KIND_MESSAGES[s.kind])}</span>
              <span className="role-session">
                <span className="role-title">{s.title}</span>
                <span className="role-meta">{[dayText(translator, s.date), s.place].filter(Boolean).join(' · ')}</span>
              </span>
              <select
                aria-label={t('participants.roleIn', { session: s.title })}
                value={roleIn(s.id)}
                aria-busy={pending === s.id}
                onChange={(e) => void change(s.id, e.target.value === '' ? null : (e.target.value as SessionRole))}
              >
                <option value="">{t('participants.notInSession')}</option>
                {SESSION_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(ROLE_LABEL[role])}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      <DialogError message={error} />
    </Dialog>
  );
}
