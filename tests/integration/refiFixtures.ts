/**
 * REFI-QDA test material: where the reference samples are, and builders for synthetic .qdpx files
 * in the shapes real tools write (INTEROP.md §3–§8), for the cases no sample covers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip, type ZipFileSpec } from '../../main/formats/zipWriter';

/** The reference samples (outside the repo; some hold real public comments, so they are never copied in). */
export const REFDATA = join(import.meta.dirname, '../../../shared/refdata/refi-qda');
export const XSD_DIR = join(import.meta.dirname, '../fixtures/refi-qda');

/** Fails loudly (not a silent skip) when the reference samples are not where INTEROP.md says. */
export function sample(path: string): string {
  const full = join(REFDATA, path);
  if (!existsSync(full)) throw new Error(`REFI-QDA reference sample missing: ${full} (see shared/refdata/refi-qda/README.md)`);
  return full;
}

/** xmllint's path; the test fails with the install command when it is missing. */
export function xmllint(): string {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return 'xmllint';
  } catch {
    throw new Error(
      'xmllint is not installed: run `apt-get install -y libxml2-utils` (the CI script does) to validate REFI-QDA exports against the XSDs',
    );
  }
}

/** Builds a .qdpx from a project.qde text and source files (paths relative to the zip root). */
export function qdpx(qde: string, files: Record<string, string | Uint8Array> = {}, qdeName = 'project.qde'): Uint8Array {
  const entries: ZipFileSpec[] = [{ name: qdeName, data: qde }, ...Object.entries(files).map(([name, data]) => ({ name, data }))];
  return writeZip(entries);
}

/** UTF-8 bytes with a BOM, as NVivo for Windows and QualCoder write source texts. */
export function withBom(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]);
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** UTF-16 positions of `words` in `text` (after `from`). */
export function at(text: string, words: string, from = 0): [number, number] {
  const s = text.indexOf(words, from);
  if (s < 0) throw new Error(`"${words}" not in text`);
  return [s, s + words.length];
}

/** Code-point positions of `words` in `text`. */
export function atCodePoints(text: string, words: string): [number, number] {
  const [s, e] = at(text, words);
  return [[...text.slice(0, s)].length, [...text.slice(0, e)].length];
}

/** A coded selection, with the selected text as its name when given (ATLAS.ti and QualCoder do this). */
export function selection(
  guid: string,
  [start, end]: [number, number],
  codes: string[],
  opts: { name?: string; user?: string; description?: string } = {},
): string {
  const codings = codes
    .map(
      (c) =>
        `<Coding guid="${crypto.randomUUID()}"${opts.user ? ` creatingUser="${opts.user}"` : ''}><CodeRef targetGUID="${c}"/></Coding>`,
    )
    .join('');
  const description = opts.description ? `<Description>${esc(opts.description)}</Description>` : '';
  return `<PlainTextSelection guid="${guid}" name="${esc(opts.name ?? '')}" startPosition="${start}" endPosition="${end}"${opts.user ? ` creatingUser="${opts.user}"` : ''}>${description}${codings}</PlainTextSelection>`;
}

/** A GUID of the RFC form from a small number, readable in tests: 00000000-0000-4000-8000-0000000000NN. */
export const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
