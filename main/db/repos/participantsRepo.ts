import type { AttributeValue } from '../../../shared/domain/attributes';
import type { Participant, SessionRole } from '../../../shared/domain/study';
import type { Db } from '../connection';

interface ParticipantRow {
  id: string;
  display_name: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
}
interface ValueRow {
  participant_id: string;
  attribute_id: string;
  value_text: string | null;
  value_number: number | null;
}
interface MembershipRow {
  participant_id: string;
  session_id: string;
  role: SessionRole;
}

/** Participants with their attribute values and session roles, read in three set-wise queries. */
export function createParticipantsRepo(db: Db) {
  const all = db.prepare<[], ParticipantRow>('SELECT * FROM participants ORDER BY display_name');
  const one = db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?');
  const allValues = db.prepare<[], ValueRow>('SELECT participant_id, attribute_id, value_text, value_number FROM participant_values');
  const valuesOf = db.prepare<[string], ValueRow>(
    'SELECT participant_id, attribute_id, value_text, value_number FROM participant_values WHERE participant_id = ?',
  );
  const allMemberships = db.prepare<[], MembershipRow>('SELECT participant_id, session_id, role FROM session_participants');
  const membershipsOf = db.prepare<[string], MembershipRow>(
    'SELECT participant_id, session_id, role FROM session_participants WHERE participant_id = ?',
  );
  const byName = db.prepare<[string], { id: string }>('SELECT id FROM participants WHERE display_name = ?');
  const allNames = db.prepare<[], { id: string; displayName: string }>('SELECT id, display_name AS displayName FROM participants');
  const insert = db.prepare<[string, string, string | null, string, string, string | null]>(
    'INSERT INTO participants (id, display_name, notes, created_at, updated_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string | null, string, string]>(
    'UPDATE participants SET display_name = ?, notes = ?, updated_at = ? WHERE id = ?',
  );
  const touch = db.prepare<[string, string]>('UPDATE participants SET updated_at = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM participants WHERE id = ?');
  const upsertValue = db.prepare<
    [string, string, string | null, number | null, string]
  >(`INSERT INTO participant_values (participant_id, attribute_id, value_text, value_number, updated_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (participant_id, attribute_id) DO UPDATE SET value_text = excluded.value_text,
      value_number = excluded.value_number, updated_at = excluded.updated_at`);
  const clearValue = db.prepare<[string, string]>('DELETE FROM participant_values WHERE participant_id = ? AND attribute_id = ?');
  const upsertRole = db.prepare<[string, string, SessionRole]>(`INSERT INTO session_participants (session_id, participant_id, role)
    VALUES (?, ?, ?) ON CONFLICT (session_id, participant_id) DO UPDATE SET role = excluded.role`);
  const removeRole = db.prepare<[string, string]>('DELETE FROM session_participants WHERE session_id = ? AND participant_id = ?');

  const assemble = (rows: ParticipantRow[], values: ValueRow[], memberships: MembershipRow[]): Participant[] => {
    const byId = new Map<string, Participant>();
    for (const r of rows)
      byId.set(r.id, {
        id: r.id,
        displayName: r.display_name,
        notes: r.notes,
        values: {},
        sessions: [],
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      });
    for (const v of values) {
      const p = byId.get(v.participant_id);
      if (p) p.values[v.attribute_id] = v.value_text ?? v.value_number;
    }
    for (const m of memberships) byId.get(m.participant_id)?.sessions.push({ sessionId: m.session_id, role: m.role });
    return [...byId.values()];
  };

  return {
    list: () => assemble(all.all(), allValues.all(), allMemberships.all()),
    get: (id: string): Participant | null => {
      const row = one.get(id);
      return row ? assemble([row], valuesOf.all(id), membershipsOf.all(id))[0]! : null;
    },
    idByName: (name: string) => byName.get(name)?.id ?? null,
    /** Lower-cased display name → id, for matching imported rows to existing people. */
    nameIndex: () => new Map(allNames.all().map((r) => [r.displayName.toLocaleLowerCase(), r.id])),
    insert: (id: string, displayName: string, notes: string | null, at: string, userId: string | null) =>
      void insert.run(id, displayName, notes, at, at, userId),
    update: (id: string, displayName: string, notes: string | null, at: string) => void update.run(displayName, notes, at, id),
    touch: (id: string, at: string) => void touch.run(at, id),
    remove: (id: string) => remove.run(id).changes === 1,
    setValue: (participantId: string, attributeId: string, value: AttributeValue, at: string) => {
      if (value === null) clearValue.run(participantId, attributeId);
      // Positional: binding by name costs more, and an import sets tens of thousands of values.
      else
        upsertValue.run(participantId, attributeId, typeof value === 'string' ? value : null, typeof value === 'number' ? value : null, at);
    },
    setRole: (participantId: string, sessionId: string, role: SessionRole | null) => {
      if (role === null) removeRole.run(sessionId, participantId);
      else upsertRole.run(sessionId, participantId, role);
    },
  };
}
export type ParticipantsRepo = ReturnType<typeof createParticipantsRepo>;
