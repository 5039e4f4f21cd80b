/**
 * The CLI says why an import was refused, and what a reader could not carry, in the terminal's
 * language (LC_ALL): the reasons come from the readers as catalogue ids, not English sentences.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';
import { at, g, qdpx, selection } from './refiFixtures';

const harness = useCliHarness('verbatim-cli-import-language-');
const cli = harness.cli;
const dir = () => harness.dir();
const saved = process.env.LC_ALL;
afterEach(() => {
  if (saved === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved;
});

describe('verbatim import in the terminal’s language', () => {
  it('refuses a damaged .docx in Croatian, with the zip reader’s reason inside the sentence', async () => {
    const study = join(dir(), 's.verbatim');
    expect((await cli('new', study)).code).toBe(0);
    const bad = join(dir(), 'razgovor.docx');
    writeFileSync(bad, Buffer.from('PK\u0003\u0004 odrezano'));
    process.env.LC_ALL = 'hr_HR.UTF-8';
    const r = await cli('import', study, bad, '--session', 'Prvi');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(
      'razgovor.docx: dokument se ne može sigurno otvoriti: ovo nije zip arhiva ili je odrezana (nema središnjeg direktorija).',
    );
  });

  it('prints a reader’s warnings in Chinese', async () => {
    const study = join(dir(), 's.verbatim');
    expect((await cli('new', study)).code).toBe(0);
    const vtt = join(dir(), 'call.vtt');
    writeFileSync(vtt, '00:00:01.000 --> 00:00:03.000\n王芳: 你好\n\n00:00:04.000 --> 00:00:06.000\n李伟: 好的\n');
    process.env.LC_ALL = 'zh_CN.UTF-8';
    const r = await cli('import', study, vtt, '--session', '第一场');
    expect(r.code).toBe(0);
    expect(r.out).toContain('第 1 行：文件开头不是“WEBVTT”；仍按 WebVTT 读取');
  });

  it('prints a REFI-QDA import report in Croatian: what was left out, why, and how positions were counted', async () => {
    const TEXT = 'The bus was late again.';
    const qde =
      `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${g(1)}" name="Late" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${g(20)}" name="Doc"><PlainTextContent>${TEXT}</PlainTextContent>${selection(g(30), at(TEXT, 'The bus was late'), [g(1)])}</TextSource>` +
      `<AudioSource guid="${g(40)}" name="Call" path="internal://x.mp3"/></Sources></Project>`;
    const file = join(dir(), 'p.qdpx');
    writeFileSync(file, qdpx(qde));
    process.env.LC_ALL = 'hr_HR.UTF-8';
    const r = await cli('import-qdpx', file, join(dir(), 'p.verbatim'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('zvučni zapis „Call”');
    expect(r.out).toContain(
      'uvezeni su njegovi transkripti, ako ih datoteka sadrži; Verbatim čuva samo tekst, pa su snimka i odabiri na njoj izostavljeni',
    );
    expect(r.out).toContain('emojije i rijetke znakove kao dva (NVivov način)');
    expect(r.out).not.toMatch(/left out|Windows line breaks/);
  });
});
