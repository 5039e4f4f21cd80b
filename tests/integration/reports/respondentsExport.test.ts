import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/index';
import { renderReport, type ExportFormat } from '../../../main/io/report';
import { findAll, part, sheetCells, textOf } from './ooxml';
import { respondentsFixture, type RespondentsFixture } from './respondentsFixture';

/**
 * Every format shows a live note as a note (labelled, no quotation marks), an observation without
 * "— Unattributed", and a moderator's question apart from the respondent's answer.
 */
let f: RespondentsFixture;
const files = new Map<string, Buffer>();
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-report-notes-'));
const NOTE = 'Ben finds the fees fair when he orders a big shop';
const OBSERVATION = 'The room went quiet at the fee question';

beforeAll(async () => {
  f = await respondentsFixture();
  const { result } = await f.call('reports:generate', {
    definition: { title: 'Notes', quotes: { perTheme: 10, onePerParticipant: false } },
  });
  for (const format of ['html', 'csv', 'xlsx', 'docx', 'pdf', 'json'] as ExportFormat[])
    for (const file of renderReport(result, format)) files.set(file.name, Buffer.from(file.data));
}, 60_000);
afterAll(() => {
  f.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('notes and questions in every format', () => {
  it('JSON: each quote carries its kind and the question apart', () => {
    const r = JSON.parse(files.get('Notes.json')!.toString('utf8')) as {
      themes: { code: string; quotes: { kind: string; speaker: string | null; question: string | null; text: string }[] }[];
    };
    const fees = r.themes.find((t) => t.code === 'Fees')!.quotes;
    expect(fees.map((q) => [q.kind, q.speaker, q.question])).toEqual([
      ['transcript', 'Ana', 'What do you think of the delivery fees?'],
      ['note', 'Ben', null],
      ['note', null, null],
    ]);
  });

  it('HTML: notes are labelled asides, never block quotes; the question is marked', () => {
    const html = files.get('Notes.html')!.toString('utf8');
    expect(html).toContain(`<aside class="live-note"><span class="note-label">Live note</span> ${NOTE}<footer>About Ben`);
    expect(html).toContain(`<aside class="live-note"><span class="note-label">Observation</span> ${OBSERVATION}<footer>`);
    expect(html).toContain(
      '<blockquote><span class="question">Question: What do you think of the delivery fees?</span>The fees are far too high for me.<footer>— Ana',
    );
    expect(html).not.toContain('Unattributed');
    expect(html).not.toMatch(/<blockquote>[^<]*(Ben finds|The room went)/);
  });

  it('PDF: notes carry their label and no quotation marks; the answer is quoted under its question', () => {
    writeFileSync(join(tmp, 'notes.pdf'), files.get('Notes.pdf')!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(tmp, 'notes.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Live note ${NOTE} About Ben`);
    expect(text).toContain(`Observation ${OBSERVATION}`);
    expect(text).toContain('Question: What do you think of the delivery fees? “The fees are far too high for me.” — Ana');
    expect(text).not.toContain(`“${NOTE}`);
    expect(text).not.toContain('Unattributed');
  });

  it('DOCX: notes in their own Note style, the answer in the Quote style under its question', () => {
    const paras = findAll(part(files.get('Notes.docx')!, 'word/document.xml'), 'p');
    const styled = (style: string) => paras.filter((p) => findAll(p, 'pStyle')[0]?.attrs.get('w:val') === style).map(textOf);
    // The line under each names the session, as in HTML, PDF and the app.
    expect(styled('Note')).toEqual([`Live note: ${NOTE}About Ben · FG 1`, `Observation: ${OBSERVATION}FG 1`]);
    expect(styled('Quote')).toContain('Question: What do you think of the delivery fees?“The fees are far too high for me.”— Ana · FG 1');
    expect(styled('Quote').join(' ')).not.toMatch(/Ben finds|room went quiet|Unattributed/);
    expect(findAll(part(files.get('Notes.docx')!, 'word/styles.xml'), 'style').some((s) => s.attrs.get('w:styleId') === 'Note')).toBe(true);
  });

  it('XLSX and CSV: a Kind column (Transcript or Note) and a Question column', () => {
    const rows = new Map<number, string[]>();
    for (const [ref, , text] of sheetCells(files.get('Notes.xlsx')!, 3)) {
      const row = Number(ref.replace(/^[A-Z]+/, ''));
      rows.set(row, [...(rows.get(row) ?? []), text]);
    }
    expect(rows.get(1)!.slice(0, 5)).toEqual(['Code', 'Kind', 'Quote', 'Question', 'Speaker']);
    const body = [...rows.values()].slice(1);
    expect(body).toContainEqual(expect.arrayContaining(['Fees', 'Note', NOTE, 'Ben']));
    expect(body).toContainEqual(
      expect.arrayContaining(['Fees', 'Transcript', 'The fees are far too high for me.', 'What do you think of the delivery fees?', 'Ana']),
    );
    const csv = files.get('Notes-quotes.csv')!.toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^(\uFEFF)?Code,Kind,Quote,Question,Speaker,/);
    expect(csv).toContain(`Fees,Note,${NOTE},,Ben,`);
    expect(csv).toContain(`Fees,Note,${OBSERVATION},,,`);
  });

  it('CLI: --include-non-respondents counts the moderator and the observer, alone or with a definition file', async () => {
    const study = join(tmp, 'study.verbatim');
    f.study.db.pragma('wal_checkpoint(TRUNCATE)');
    await f.study.db.backup(study);
    const report = async (...extra: string[]) => {
      const out = join(tmp, `r-${extra.length}.json`);
      let err = '';
      const code = await runCli(['report', study, '--format', 'json', '--out', out, ...extra], {
        out: () => {},
        err: (s) => void (err += s),
      });
      expect([code, err]).toEqual([0, '']);
      return JSON.parse(readFileSync(out, 'utf8')) as { participantsInScope: number; respondentsOnly: boolean };
    };
    expect(await report()).toMatchObject({ participantsInScope: 3, respondentsOnly: true });
    expect(await report('--include-non-respondents')).toMatchObject({ participantsInScope: 5, respondentsOnly: false });
    const definition = join(tmp, 'def.json');
    writeFileSync(definition, JSON.stringify({ title: 'With a file', filters: { documentKinds: ['transcript'] } }));
    expect(await report('--definition', definition, '--include-non-respondents')).toMatchObject({
      participantsInScope: 5,
      respondentsOnly: false,
    });
  });
});
