import { coerceAttributeValue, type AttributeValue } from '../../shared/domain/attributes';
import type { Participant, SessionRole } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import { now, type Study } from './study';

export function createParticipant(study: Study, displayName: string, notes: string | null): Participant {
  const name = displayName.trim();
  const id = crypto.randomUUID();
  return study.write(
    'participants:create',
    () => {
      assertNameFree(study, name, null);
      study.repos.participants.insert(id, name, notes, now(), study.userId);
      return study.repos.participants.get(id)!;
    },
    { id, displayName: name },
  );
}

export function updateParticipant(study: Study, id: string, changes: { displayName?: string; notes?: string | null }): Participant {
  return study.write(
    'participants:update',
    () => {
      const current = requireParticipant(study, id);
      const name = changes.displayName?.trim() ?? current.displayName;
      assertNameFree(study, name, id);
      study.repos.participants.update(id, name, changes.notes !== undefined ? changes.notes : current.notes, now());
      return study.repos.participants.get(id)!;
    },
    { id, changes },
  );
}

/** Deletes a participant with their values and roles, after a backup (their turns keep the speaker label). */
export function deleteParticipant(study: Study, id: string): { backupPath: string } {
  requireParticipant(study, id);
  const backupPath = study.backup('before-deleting-a-participant');
  study.write('participants:delete', () => study.repos.participants.remove(id), { id });
  return { backupPath };
}

/** Sets one attribute value after checking it against the attribute's type, options and range. */
export function setParticipantValue(study: Study, participantId: string, attributeId: string, raw: AttributeValue): Participant {
  return study.write(
    'participants:setValue',
    () => {
      requireParticipant(study, participantId);
      const attribute = study.repos.attributes.get(attributeId);
      if (!attribute) throw new AppError('NOT_FOUND', 'editing.attributeGone');
      const value = coerceAttributeValue(attribute, raw);
      if (!value.ok) throw new AppError('INVALID_INPUT', value.error);
      const at = now();
      study.repos.participants.setValue(participantId, attributeId, value.value, at);
      study.repos.participants.touch(participantId, at);
      return study.repos.participants.get(participantId)!;
    },
    { participantId, attributeId, value: raw },
  );
}

export function setSessionRole(study: Study, participantId: string, sessionId: string, role: SessionRole | null): Participant {
  return study.write(
    'participants:setSessionRole',
    () => {
      requireParticipant(study, participantId);
      if (!study.repos.sessions.get(sessionId)) throw new AppError('NOT_FOUND', 'errors.sessionGone');
      study.repos.participants.setRole(participantId, sessionId, role);
      study.repos.participants.touch(participantId, now());
      return study.repos.participants.get(participantId)!;
    },
    { participantId, sessionId, role },
  );
}

function requireParticipant(study: Study, id: string): Participant {
  const p = study.repos.participants.get(id);
  if (!p) throw new AppError('NOT_FOUND', 'editing.participantGone');
  return p;
}

/** Same rule as CSV import: names match whatever their case, in any script ("Zoë" = "ZOË"). */
function assertNameFree(study: Study, name: string, self: string | null): void {
  const existing = study.repos.participants.nameIndex().get(name.toLocaleLowerCase());
  if (existing && existing !== self) throw new AppError('ALREADY_EXISTS', 'editing.participantExists', { name });
}
