/**
 * Bad input for the "a failed import changes nothing" tests: junk, empty, truncated and wrongly
 * encoded files, good transcripts of every format (to be failed half-way through writing), and a
 * way to make the database refuse a later row once some rows of an import have been written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../main/db/connection';
import { writeZip } from '../../main/formats/zipWriter';
import { buildDocx, para } from '../unit/formats/zipWriter';

const REFDATA = join(import.meta.dirname, '../../../shared/refdata');

/** Where a real file from shared/refdata is (see its README). */
export const refdataPath = (path: string): string => join(REFDATA, path);
/** A real file from shared/refdata. */
export const refdata = (path: string): Buffer => readFileSync(refdataPath(path));

/** Deterministic bytes that are no known format (a seeded xorshift; the same every run). */
export function junk(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The first `share` of a file: what a broken download or a full disk leaves. */
export const truncated = (bytes: Uint8Array, share = 0.5): Uint8Array => bytes.slice(0, Math.floor(bytes.length * share));

/** UTF-16 little-endian text without a byte-order mark (Windows tools write it; we refuse it plainly). */
export const utf16WithoutBom = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

/** Two speakers, Anna then Ben, in every transcript format the importer reads. */
export const TRANSCRIPTS: Record<'vtt' | 'srt' | 'sbv' | 'docx' | 'txt' | 'csv', Uint8Array> = {
  vtt: Buffer.from(
    'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>I order on Sunday nights.</v>\n\n00:00:05.000 --> 00:00:08.000\n<v Ben>Only when the fridge is empty.</v>\n',
  ),
  srt: Buffer.from(
    '1\n00:00:01,000 --> 00:00:04,000\nAnna: I order on Sunday nights.\n\n2\n00:00:05,000 --> 00:00:08,000\nBen: Only when the fridge is empty.\n',
  ),
  sbv: Buffer.from(
    '0:00:01.000,0:00:04.000\nAnna: I order on Sunday nights.\n\n0:00:05.000,0:00:08.000\nBen: Only when the fridge is empty.\n',
  ),
  docx: buildDocx(para('Anna: I order on Sunday nights.') + para('Ben: Only when the fridge is empty.')),
  txt: Buffer.from('Anna: I order on Sunday nights.\nBen: Only when the fridge is empty.\n'),
  // A .csv transcript is read as plain text; it must fail or succeed as cleanly as any other.
  csv: Buffer.from('Anna: I order on Sunday nights.\nBen: Only when the fridge is empty.\n'),
};

/**
 * Files of a transcript format that cannot be imported, named for the test titles: junk, empty, and
 * per format the damage that matters (a cut-off zip or a zip that is no Word document for DOCX,
 * UTF-16 without a byte-order mark for the text formats).
 */
export function badTranscriptFiles(ext: keyof typeof TRANSCRIPTS): [string, Uint8Array][] {
  const good = TRANSCRIPTS[ext];
  const common: [string, Uint8Array][] = [
    ['binary junk', junk(4096)],
    ['an empty file', new Uint8Array()],
  ];
  if (ext !== 'docx') return [...common, ['UTF-16 without a byte-order mark', utf16WithoutBom(new TextDecoder().decode(good))]];
  return [
    ...common,
    ['a truncated file', truncated(good)],
    ['a zip that is no Word document', writeZip([{ name: 'notes.txt', data: 'Anna: hello' }])],
  ];
}

/**
 * Makes the database refuse the row after `rowsAllowed` more rows were inserted into `table`, so an
 * import fails half-way through its writing. A TEMP trigger lives on the test's connection only: the
 * study file's schema stays as it was, and the trigger goes when the connection closes.
 */
export function failAfterRows(db: Db, table: string, rowsAllowed: number): void {
  const already = (db.prepare(`SELECT count(*) AS n FROM main."${table}"`).get() as { n: number }).n;
  db.exec(`DROP TRIGGER IF EXISTS temp.fail_midway;
    CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON main."${table}"
    WHEN (SELECT count(*) FROM main."${table}") >= ${already + rowsAllowed}
    BEGIN SELECT RAISE(ABORT, 'forced failure half-way through the import'); END;`);
}

/** Removes the trigger of {@link failAfterRows}. */
export const stopFailing = (db: Db): void => void db.exec('DROP TRIGGER IF EXISTS temp.fail_midway');
