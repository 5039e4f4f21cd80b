import type { ClockState, QuestionMark } from '../../../shared/domain/live';
import type { SessionRole } from '../../../shared/domain/study';
import type { Db } from '../connection';

/** A discussion guide as stored, in camelCase (this file's SELECTs map the columns). */
export interface GuideRecord {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

export interface GuideItemRecord {
  id: string;
  guideId: string;
  position: number;
  kind: 'section' | 'question';
  text: string;
  plannedMinutes: number | null;
}

const GUIDE_COLUMNS = 'g.id, g.title, g.created_at AS createdAt, g.updated_at AS updatedAt, g.created_by AS createdBy';
const ITEM_COLUMNS = 'id, guide_id AS guideId, position, kind, text, planned_minutes AS plannedMinutes';

interface ClockRow {
  session_id: string;
  started_at: string;
  running_since: string | null;
  elapsed_ms: number;
  stopped_at: string | null;
}

/** Someone taking part in a session, with their role there. */
export interface SessionPerson {
  participantId: string;
  displayName: string;
  role: SessionRole;
}

/** Discussion guides and their items, the session clocks and the question marks of live sessions. */
export function createLiveRepo(db: Db) {
  const guides = db.prepare<
    [],
    GuideRecord & { sessions: number }
  >(`SELECT ${GUIDE_COLUMNS}, (SELECT count(*) FROM sessions s WHERE s.guide_id = g.id) AS sessions
    FROM guides g ORDER BY g.title COLLATE NOCASE, g.created_at`);
  const guide = db.prepare<[string], GuideRecord & { sessions: number }>(
    `SELECT ${GUIDE_COLUMNS}, (SELECT count(*) FROM sessions s WHERE s.guide_id = g.id) AS sessions FROM guides g WHERE g.id = ?`,
  );
  const insertGuide = db.prepare<[GuideRecord]>(
    'INSERT INTO guides (id, title, created_at, updated_at, created_by) VALUES (@id, @title, @createdAt, @updatedAt, @createdBy)',
  );
  const updateGuide = db.prepare<[string, string, string]>('UPDATE guides SET title = ?, updated_at = ? WHERE id = ?');
  const removeGuide = db.prepare<[string]>('DELETE FROM guides WHERE id = ?');
  const allItems = db.prepare<[], GuideItemRecord>(`SELECT ${ITEM_COLUMNS} FROM guide_items ORDER BY guide_id, position`);
  const items = db.prepare<[string], GuideItemRecord>(`SELECT ${ITEM_COLUMNS} FROM guide_items WHERE guide_id = ? ORDER BY position`);
  const item = db.prepare<[string], GuideItemRecord>(`SELECT ${ITEM_COLUMNS} FROM guide_items WHERE id = ?`);
  const insertItem = db.prepare<[GuideItemRecord]>(`INSERT INTO guide_items (id, guide_id, position, kind, text, planned_minutes)
    VALUES (@id, @guideId, @position, @kind, @text, @plannedMinutes)`);
  const updateItem = db.prepare<[GuideItemRecord]>(
    'UPDATE guide_items SET position = @position, kind = @kind, text = @text, planned_minutes = @plannedMinutes WHERE id = @id',
  );
  const removeItem = db.prepare<[string]>('DELETE FROM guide_items WHERE id = ?');
  const itemNoted = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM turns WHERE question_id = ?');
  const unlinkNotes = db.prepare<[string]>('UPDATE turns SET question_id = NULL WHERE question_id = ?');

  const sessionGuide = db.prepare<[string], { guide_id: string | null }>('SELECT guide_id FROM sessions WHERE id = ?');
  const setSessionGuide = db.prepare<[string | null, string, string]>('UPDATE sessions SET guide_id = ?, updated_at = ? WHERE id = ?');

  const clock = db.prepare<[string], ClockRow>('SELECT * FROM session_clocks WHERE session_id = ?');
  const upsertClock = db.prepare<[ClockRow]>(`INSERT INTO session_clocks (session_id, started_at, running_since, elapsed_ms, stopped_at)
    VALUES (@session_id, @started_at, @running_since, @elapsed_ms, @stopped_at) ON CONFLICT (session_id) DO UPDATE SET
    started_at = excluded.started_at, running_since = excluded.running_since, elapsed_ms = excluded.elapsed_ms, stopped_at = excluded.stopped_at`);

  const marks = db.prepare<[string], { at_ms: number; item_id: string | null }>(
    'SELECT at_ms, item_id FROM question_marks WHERE session_id = ? ORDER BY seq',
  );
  const insertMark = db.prepare<[string, string, number, string | null]>(`INSERT INTO question_marks (session_id, seq, at_ms, item_id)
    VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM question_marks WHERE session_id = ?), ?, ?)`);

  // Participants first, then the moderator and observers; by display name within a role.
  const offset = db.prepare<[string], { offset_ms: number }>('SELECT offset_ms FROM transcript_offsets WHERE session_id = ?');
  const upsertOffset = db.prepare<
    [string, number, string, string | null]
  >(`INSERT INTO transcript_offsets (session_id, offset_ms, set_at, set_by) VALUES (?, ?, ?, ?)
    ON CONFLICT (session_id) DO UPDATE SET offset_ms = excluded.offset_ms, set_at = excluded.set_at, set_by = excluded.set_by`);
  const removeOffset = db.prepare<[string]>('DELETE FROM transcript_offsets WHERE session_id = ?');
  const people = db.prepare<
    [string],
    SessionPerson
  >(`SELECT sp.participant_id AS participantId, p.display_name AS displayName, sp.role FROM session_participants sp
    JOIN participants p ON p.id = sp.participant_id WHERE sp.session_id = ?
    ORDER BY CASE sp.role WHEN 'participant' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END, p.display_name COLLATE NOCASE, p.id`);
  const names = db.prepare<[], { id: string; display_name: string }>('SELECT id, display_name FROM participants');
  const interceptCount = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sessions WHERE kind = 'intercept'");
  const titleTaken = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sessions WHERE title = ? COLLATE NOCASE');

  return {
    guides: () => guides.all(),
    guide: (id: string) => guide.get(id) ?? null,
    insertGuide: (guide: GuideRecord) => void insertGuide.run(guide),
    updateGuide: (id: string, title: string, at: string) => void updateGuide.run(title, at, id),
    removeGuide: (id: string) => removeGuide.run(id).changes === 1,
    /** Every guide's items, grouped by guide id, in order. */
    allItems: () => {
      const out = new Map<string, GuideItemRecord[]>();
      for (const r of allItems.all()) {
        const list = out.get(r.guideId);
        if (list) list.push(r);
        else out.set(r.guideId, [r]);
      }
      return out;
    },
    items: (guideId: string) => items.all(guideId),
    item: (id: string) => item.get(id) ?? null,
    insertItem: (item: GuideItemRecord) => void insertItem.run(item),
    updateItem: (item: GuideItemRecord) => void updateItem.run(item),
    removeItem: (id: string) => void removeItem.run(id),
    /** True when some note was taken under this guide item. */
    itemNoted: (id: string) => itemNoted.get(id)!.n > 0,
    /** Notes taken under this item lose it (it became a section heading). */
    unlinkNotes: (id: string) => void unlinkNotes.run(id),

    sessionGuideId: (sessionId: string) => sessionGuide.get(sessionId)?.guide_id ?? null,
    setSessionGuide: (sessionId: string, guideId: string | null, at: string) => void setSessionGuide.run(guideId, at, sessionId),

    clock: (sessionId: string): ClockState | null => {
      const r = clock.get(sessionId);
      return r ? { startedAt: r.started_at, runningSince: r.running_since, elapsedMs: r.elapsed_ms, stoppedAt: r.stopped_at } : null;
    },
    /** Only a started clock is stored (started_at is required). */
    saveClock: (sessionId: string, c: ClockState & { startedAt: string }) =>
      void upsertClock.run({
        session_id: sessionId,
        started_at: c.startedAt,
        running_since: c.runningSince,
        elapsed_ms: c.elapsedMs,
        stopped_at: c.stoppedAt,
      }),

    marks: (sessionId: string): QuestionMark[] => marks.all(sessionId).map((m) => ({ atMs: m.at_ms, itemId: m.item_id })),
    addMark: (sessionId: string, atMs: number, itemId: string | null) => void insertMark.run(sessionId, sessionId, atMs, itemId),

    /** The offset the user set between the notes clock and the transcript (ms), or null. */
    transcriptOffset: (sessionId: string) => offset.get(sessionId)?.offset_ms ?? null,
    setTranscriptOffset: (sessionId: string, offsetMs: number | null, at: string, userId: string | null) => {
      if (offsetMs === null) removeOffset.run(sessionId);
      else upsertOffset.run(sessionId, offsetMs, at, userId);
    },

    people: (sessionId: string) => people.all(sessionId),
    /** Participant id → display name, for every participant of the study. */
    names: () => new Map(names.all().map((r) => [r.id, r.display_name])),
    interceptCount: () => interceptCount.get()!.n,
    sessionTitleTaken: (title: string) => titleTaken.get(title)!.n > 0,
  };
}
export type LiveRepo = ReturnType<typeof createLiveRepo>;
