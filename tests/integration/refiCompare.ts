/**
 * A study in a comparable form, for round trips: everything REFI-QDA can carry, by id (ids survive as
 * GUIDs). Left out on purpose, because REFI-QDA has no place for them (see the README): turn
 * timestamps and speaker labels, code positions (only their order counts), pinned keys, and
 * sub-second precision of times. Live sessions: a note's guide question and star (turns.question_id,
 * turns.starred), discussion guides, session clocks and question marks have no REFI-QDA field either;
 * the notes themselves travel as text sources with their codings and speakers, and are compared.
 */
import type { TestEnv } from './helpers';

const seconds = (iso: string | null) => (iso ? iso.replace(/\.\d{3}Z$/, 'Z') : null);

export async function comparable(env: TestEnv) {
  const codes = await env.ok('codes:list', {});
  const users = new Map(env.query<{ id: string; name: string }>('SELECT id, name FROM users').map((u) => [u.id, u.name]));
  return {
    title: (await env.ok('study:current', {}))!.title,
    sessions: (await env.ok('sessions:list', {})).map(({ participantCount: _p, createdAt: _c, updatedAt: _u, ...s }) => s),
    attributes: (await env.ok('attributes:list', {})).map(({ position: _p, ...a }) => a),
    participants: (await env.ok('participants:list', {})).map(({ createdAt: _c, updatedAt: _u, ...p }) => ({
      ...p,
      sessions: [...p.sessions].sort((a, b) => a.sessionId.localeCompare(b.sessionId)),
    })),
    codes: codes.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      path: c.path,
      color: c.color,
      definition: c.definition,
      whenToUse: c.whenToUse,
      whenNotToUse: c.whenNotToUse,
      example: c.example,
      codings: c.codings,
    })),
    documents: env
      .query<{ id: string; session_id: string | null; kind: string; title: string; plain_text: string }>(
        'SELECT id, session_id, kind, title, plain_text FROM documents ORDER BY id',
      )
      .map((d) => ({ ...d })),
    turns: env.query('SELECT document_id, start_offset, end_offset, participant_id FROM turns ORDER BY document_id, position'),
    codings: env
      .query<{
        id: string;
        document_id: string;
        code_id: string;
        start_offset: number;
        end_offset: number;
        quote: string;
        memo: string | null;
        coder_id: string | null;
        created_at: string;
        status: string;
      }>('SELECT * FROM codings ORDER BY id')
      .map((c) => ({
        id: c.id,
        document: c.document_id,
        code: c.code_id,
        start: c.start_offset,
        end: c.end_offset,
        quote: c.quote,
        memo: c.memo,
        coder: c.coder_id ? users.get(c.coder_id) : null,
        created: seconds(c.created_at),
        status: c.status,
      })),
    memos: (await env.ok('memos:list', {}))
      .map((m) => ({ ...m, createdAt: seconds(m.createdAt), updatedAt: seconds(m.updatedAt) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}
