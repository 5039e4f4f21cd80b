/**
 * Every writer of XML puts study text through the one escaper (shared/text/xmlEscape.ts): a
 * character XML 1.0 cannot hold (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, a lone surrogate
 * half) becomes U+FFFD in the HTML report, its DOCX and XLSX, a plain Word file and a REFI-QDA
 * project alike, and every file still opens: `unzip -t` passes and xmllint parses each XML part.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { para, run, styleSheet, wordPackage } from '../../../main/formats/wordPackage';
import { XmlOut } from '../../../main/formats/xmlWriter';
import { escapeXml } from '../../../shared/text/xmlEscape';
import { reportFixture, type ReportFixture } from './reportFixture';

const BAD = 'Bad\u0000nul\u0007bell\u000bvt\ufffeFFFE\uffffFFFF';
const REPLACED = 'Bad\ufffdnul\ufffdbell\ufffdvt\ufffdFFFE\ufffdFFFF';
/** Lone surrogate halves cannot reach a report: stored as UTF-8 they come back as U+FFFD already. The writers are given them directly. */
const LONE = ' lone\ud800high lone\udc00low';
const LONE_REPLACED = ' lone\ufffdhigh lone\ufffdlow';
/** Kept as they are: tab, line break, a real surrogate pair. */
const GOOD = 'tab\there 🙂 fine';

const tmp = mkdtempSync(join(tmpdir(), 'verbatim-xml-invalid-'));
let f: ReportFixture;
let files: Map<string, Buffer>;

beforeAll(async () => {
  f = await reportFixture();
  await f.call('codes:update', { id: f.codes.delivery.id, name: `${BAD} ${GOOD}` });
  const snap = await f.call('reports:generate', {
    definition: { title: 'Invalid characters', quotes: { perTheme: 5, onePerParticipant: false } },
  });
  files = new Map();
  for (const format of ['html', 'xlsx', 'docx'] as const)
    for (const file of (await f.call('reports:export', { snapshotId: snap.id, format })).files)
      files.set(file.name, Buffer.from(file.dataBase64, 'base64'));
});
afterAll(() => {
  f.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Checks a package with unzip -t and every XML part in it with xmllint; answers the parts' text. */
function checkPackage(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
  const parts = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' })
    .split('\n')
    .filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts.length).toBeGreaterThan(2);
  let text = '';
  for (const part of parts) {
    // unzip reads a name as a pattern: "[Content_Types]" must have its brackets escaped.
    const xml = execFileSync('unzip', ['-p', path, part.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const partPath = join(tmp, `${name}-${part.replace(/[/[\]]/g, '_')}`);
    writeFileSync(partPath, xml);
    execFileSync('xmllint', ['--noout', partPath]);
    text += xml;
  }
  return text;
}

/** Fails unless `xml` holds none of the characters XML cannot carry. */
function expectOnlyXmlChars(xml: string): void {
  expect(xml).not.toMatch(
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
}

describe('characters XML 1.0 cannot hold', () => {
  it('the escaper replaces each with U+FFFD, one for one, and keeps tab, line breaks and surrogate pairs', () => {
    expect(escapeXml(BAD + LONE)).toBe(REPLACED + LONE_REPLACED);
    expect(escapeXml(GOOD)).toBe(GOOD);
    expect(escapeXml(`<${BAD}${LONE}>`)).toHaveLength(BAD.length + LONE.length + 8);
  });

  it('the report as DOCX and XLSX: the files open, and the code name reads with U+FFFD where each was', () => {
    for (const [name, bytes] of files) {
      if (name.endsWith('.html')) continue;
      const xml = checkPackage(name, bytes);
      expectOnlyXmlChars(xml);
      expect(xml, name).toContain(REPLACED);
    }
  });

  it('the report as HTML, with its SVG charts: parsed by xmllint as XML, with the same replacements', () => {
    const html = [...files].find(([name]) => name.endsWith('.html'))![1].toString('utf8');
    expectOnlyXmlChars(html);
    expect(html).toContain(REPLACED);
    for (const [i, svg] of (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).entries()) {
      const path = join(tmp, `chart${i}.svg`);
      writeFileSync(path, svg);
      execFileSync('xmllint', ['--noout', path]);
    }
  });

  it('a plain Word file (notes, passages) and a REFI-QDA project part replace them the same way', () => {
    const docx = wordPackage(para(run(`${BAD}${LONE} ${GOOD}`)), styleSheet(''));
    const xml = checkPackage('plain.docx', docx);
    expectOnlyXmlChars(xml);
    expect(xml).toContain(`${REPLACED}${LONE_REPLACED} ${GOOD}`);
    const out = new XmlOut();
    out
      .open('Project', [['name', BAD + LONE]])
      .text('Description', BAD + LONE)
      .close('Project');
    const project = out.toString();
    expectOnlyXmlChars(project);
    expect(project.split(REPLACED + LONE_REPLACED)).toHaveLength(3);
    expect(out.replaced).toBe(14);
  });
});
