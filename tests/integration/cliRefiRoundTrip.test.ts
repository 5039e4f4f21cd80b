import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { readClosedStudy } from './helpers';

const harness = useCliHarness('verbatim-cli-roundtrip-');
const cli = harness.cli;

/** What live sessions keep beside the notes, table by table, with the study's own ids. */
function liveTables(path: string) {
  return readClosedStudy(path, (db) => ({
    guides: db.prepare('SELECT id, title FROM guides ORDER BY id').all(),
    items: db.prepare('SELECT id, guide_id, position, kind, text, planned_minutes FROM guide_items ORDER BY id').all(),
    sessionGuides: db.prepare('SELECT id, guide_id FROM sessions ORDER BY id').all(),
    clocks: db.prepare('SELECT * FROM session_clocks ORDER BY session_id').all(),
    marks: db.prepare('SELECT * FROM question_marks ORDER BY session_id, seq').all(),
    speakerMappings: db.prepare('SELECT * FROM speaker_mappings ORDER BY session_id, label').all(),
    pinned: db.prepare('SELECT id, pinned FROM codes WHERE pinned IS NOT NULL ORDER BY pinned').all(),
    transcriptOffsets: db.prepare('SELECT session_id, offset_ms FROM transcript_offsets ORDER BY session_id').all(),
  }));
}

describe('Verbatim → REFI-QDA → Verbatim keeps the live notes', () => {
  it('`verbatim notes --json` prints the same before and after, on the sample study, and the import drops nothing', async () => {
    const study = join(harness.dir(), 'sample.verbatim');
    expect((await cli('new', study, '--sample')).code).toBe(0);
    // One session's notes clock set against its transcript, as the live screen's "Set the offset…" does.
    const db = new Database(study);
    const session = db.prepare<[], { session_id: string }>('SELECT session_id FROM session_clocks ORDER BY session_id LIMIT 1').get()!;
    db.prepare("INSERT INTO transcript_offsets (session_id, offset_ms, set_at) VALUES (?, -64000, '2026-01-01T00:00:00.000Z')").run(
      session.session_id,
    );
    db.close();
    const before = await cli('notes', study, '--json');
    const notes = JSON.parse(before.out) as { time: number | null; starred: boolean; question: string | null; speaker: string | null }[];
    // The comparison means something only if the notes have what used to be lost.
    expect(notes.filter((n) => n.time !== null).length).toBeGreaterThan(50);
    expect(notes.some((n) => n.starred)).toBe(true);
    expect(notes.filter((n) => n.question !== null).length).toBeGreaterThan(50);
    expect(notes.some((n) => n.speaker !== null)).toBe(true);

    const qdpx = join(harness.dir(), 'sample.qdpx');
    const exported = await cli('export-qdpx', study, qdpx);
    expect(exported.code).toBe(0);
    expect(exported.out).not.toMatch(/not part of REFI-QDA and were not exported/);
    const back = join(harness.dir(), 'back.verbatim');
    const imported = await cli('import-qdpx', qdpx, back, '--json');
    expect(imported.err).toBe('');
    expect(JSON.parse(imported.out).dropped).toEqual([]);

    const after = await cli('notes', back, '--json');
    expect(after.out).toBe(before.out);
    // Beside the notes: the guides (shared by sessions), clocks, question marks, speaker mappings and number keys.
    const [was, is] = [liveTables(study), liveTables(back)];
    expect(was.guides.length).toBeGreaterThan(0);
    expect(was.pinned.length).toBeGreaterThan(0);
    expect(was.speakerMappings.length).toBeGreaterThan(0);
    expect(was.transcriptOffsets).toHaveLength(1);
    expect(is).toEqual(was);
  });
});
