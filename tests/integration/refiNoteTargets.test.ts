import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/refi';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';
import { at, g, qdpx } from './refiFixtures';

/**
 * A note that a selection points at (a `<NoteRef>` inside the selection) lands on what that selection
 * became: its coding, or its document when it carries no code. The import keeps where only the
 * selections something points at landed, so these are the ones it must not forget.
 */

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

const TEXT = 'The bus was late again.\nThe driver was friendly.';
const LATE = g(10);

function withNoteOnSelection(coded: boolean): Uint8Array {
  const [start, end] = at(TEXT, 'The driver was friendly.');
  const coding = coded ? `<Coding guid="${g(31)}"><CodeRef targetGUID="${LATE}"/></Coding>` : '';
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Notes" origin="NVivo 12">
<CodeBook><Codes><Code guid="${LATE}" name="Lateness" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${g(20)}" name="Interview" plainTextPath="internal://${g(20)}.txt">
<PlainTextSelection guid="${g(30)}" name="" startPosition="${start}" endPosition="${end}">${coding}<NoteRef targetGUID="${g(40)}"/></PlainTextSelection>
</TextSource></Sources>
<Notes><Note guid="${g(40)}" name="Ask again"><PlainTextContent>Was it the same driver?</PlainTextContent></Note></Notes>
</Project>`;
  return qdpx(qde, { [`sources/${g(20)}.txt`]: TEXT });
}

const importNew = (bytes: Uint8Array): Promise<ImportReport> =>
  env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'notes.qdpx', b64(bytes)), into: 'new' });
const memo = () =>
  env.query<{ target_kind: string; target_id: string | null; body: string }>(
    "SELECT target_kind, target_id, body FROM memos WHERE title = 'Ask again'",
  );

describe('a note a selection points at', () => {
  it('is a memo on the coding the selection became', async () => {
    await importNew(withNoteOnSelection(true));
    const coding = env.query<{ id: string; quote: string }>('SELECT id, quote FROM codings');
    expect(coding).toMatchObject([{ quote: 'The driver was friendly.' }]);
    expect(memo()).toEqual([{ target_kind: 'coding', target_id: coding[0]!.id, body: 'Was it the same driver?' }]);
  });

  it('is a memo on the document when the selection has no code', async () => {
    await importNew(withNoteOnSelection(false));
    const doc = env.query<{ id: string }>('SELECT id FROM documents');
    expect(memo()).toEqual([{ target_kind: 'document', target_id: doc[0]!.id, body: 'Was it the same driver?' }]);
  });
});
