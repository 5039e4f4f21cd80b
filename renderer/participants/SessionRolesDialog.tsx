import { useState } from 'react';
import { SESSION_KIND_LABELS, SESSION_ROLES, type Participant, type Session, type SessionRole } from '../../shared/domain/study';
import { invoke } from '../api';
import { Dialog, DialogError } from '../ui/Dialog';
import { formatDay } from '../ui/format';

interface SessionRolesDialogProps {
  participant: Participant;
  sessions: Session[];
  /** Called with the participant as saved after each change. */
  onChanged: (p: Participant) => void;
  onClose: () => void;
}

const ROLE_LABELS: Record<SessionRole, string> = { participant: 'Participant', moderator: 'Moderator', observer: 'Observer' };

/** Which sessions a participant took part in, and as what. Each change is saved at once. */
export function SessionRolesDialog({ participant, sessions, onChanged, onClose }: SessionRolesDialogProps) {
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
      title={`Sessions of ${participant.displayName}`}
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {sessions.length === 0 ? (
        <p className="muted">This study has no sessions yet. Add them on the Sessions tab first.</p>
      ) : (
        <ul className="role-list">
          {sessions.map((s) => (
            <li key={s.id} className="role-item">
              <span className={`badge badge-${s.kind}`}>{SESSION_KIND_LABELS[s.kind]}</span>
              <span className="role-session">
                <span className="role-title">{s.title}</span>
                <span className="role-meta">{[formatDay(s.date), s.place].filter(Boolean).join(' · ')}</span>
              </span>
              <select
                aria-label={`Role in ${s.title}`}
                value={roleIn(s.id)}
                aria-busy={pending === s.id}
                onChange={(e) => void change(s.id, e.target.value === '' ? null : (e.target.value as SessionRole))}
              >
                <option value="">Not in this session</option>
                {SESSION_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
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
