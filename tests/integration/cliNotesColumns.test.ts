/**
 * `verbatim notes` lines its columns up on the terminal's grid of cells: a Chinese character takes
 * two cells, so the speaker column is padded and cut by cells, not by characters, and every note's
 * text starts in the same column whoever spoke it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { textColumns } from '../../shared/text/width';
import { useCliHarness } from './cliHarness';
import { createStudyAt } from './helpers';

const harness = useCliHarness('verbatim-cli-notes-columns-');

/** A study with one live session whose notes were spoken by `speakers`, one note each, in order. */
async function studyWithSpeakers(speakers: string[]): Promise<string> {
  const file = join(harness.dir(), '访谈.verbatim');
  const backend = createBackend({ appDataDir: join(harness.dir(), 'data'), host: headlessHost('cli', () => {}) });
  try {
    createStudyAt(backend, file, '消费者访谈');
    const session = await backend.dispatch('sessions:create', { kind: 'interview', title: '第一场' });
    if (!session.ok) throw new Error(session.error.message);
    for (const [i, label] of speakers.entries()) {
      const note = await backend.dispatch('notes:add', {
        sessionId: (session.value as { id: string }).id,
        timeMs: (i + 1) * 61_000,
        speaker: { kind: 'label', label },
        text: `说法${i + 1}`,
      });
      if (!note.ok) throw new Error(note.error.message);
    }
  } finally {
    backend.close();
  }
  return file;
}

describe('verbatim notes on a terminal', () => {
  it('starts every note’s text in the same cell, with Chinese, Latin and too-long speaker names', async () => {
    const speakers = ['王小明', 'Ana Kovač', '欧阳娜娜（主持人，市场研究部）', 'Bartholomew Szentgyörgyi-Nagy'];
    const file = await studyWithSpeakers(speakers);
    const { out, code } = await harness.cli('notes', file);
    expect(code).toBe(0);
    const rows = out.split('\n').filter((line) => /说法\d/.test(line));
    expect(rows).toHaveLength(4);
    const textStarts = rows.map((row) => textColumns(row.slice(0, row.indexOf('说法'))));
    expect(new Set(textStarts).size, rows.join('\n')).toBe(1);
    expect(rows[0]).toContain('  王小明  ');
    // Cut to the column's 20 cells: nine wide characters (18 cells), "…", and one cell of padding.
    expect(rows[2]).toContain('  欧阳娜娜（主持人，…   说法3');
    expect(rows[3]).toContain('  Bartholomew Szentgy…  ');
  });
});
