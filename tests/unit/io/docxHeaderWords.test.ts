import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../main/io/transcripts/transcriptDocx';
import { expectWellFormed, turnTexts } from '../transcripts/invariants';
import { buildDocx, table } from '../formats/zipWriter';

const HEADERS: [string, [string, string, string]][] = [
  ['Norwegian', ['Tid', 'Taler', 'Tekst']],
  ['Croatian', ['Vrijeme', 'Govornik', 'Tekst']],
  ['Hungarian', ['Idő', 'Beszélő', 'Szöveg']],
  ['Chinese', ['时间', '说话人', '内容']],
];

describe('parseDocx: transcript tables with headers in our languages', () => {
  it.each(HEADERS)('%s headers are read as time / speaker / text, not as a first turn', (_, header) => {
    const t = parseDocx(
      'intervju.docx',
      buildDocx(
        table([
          header,
          ['00:00:05', 'Moderator', 'Kako ste čuli za nas?'],
          ['00:00:09', 'Ana', 'Preko prijateljice.'],
          ['00:00:14', 'Moderator', 'Hvala.'],
        ]),
      ),
    );
    expectWellFormed(t);
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Moderator', 5000],
      ['Ana', 9000],
      ['Moderator', 14_000],
    ]);
    expect(turnTexts(t)).toEqual(['Kako ste čuli za nas?', 'Preko prijateljice.', 'Hvala.']);
  });
});
