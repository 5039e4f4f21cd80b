import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatrixQuery } from '../../../shared/domain/matrix';
import { useCliHarness } from '../cliHarness';
import { bruteForceMatrix } from './bruteForce';

const { cli, dir } = useCliHarness('verbatim-cli-matrix-');

async function sample(): Promise<string> {
  const file = join(dir(), 'sample.verbatim');
  expect((await cli('new', file, '--sample')).code).toBe(0);
  return file;
}

interface MatrixJson {
  count: string;
  by: string;
  title: string;
  columns: string[];
  rows: string[];
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/** The brute-force count of the sample study, straight from its tables. */
function expected(file: string, codePaths: string[], attributeName: string, count: 'codings' | 'participants', includeModerator = false) {
  const db = new Database(file, { readonly: true });
  try {
    const codes = db.prepare('SELECT id, parent_id, name FROM codes').all() as { id: string; parent_id: string | null; name: string }[];
    const path = (id: string): string => {
      const c = codes.find((x) => x.id === id)!;
      return c.parent_id ? `${path(c.parent_id)}/${c.name}` : c.name;
    };
    const codeIds = codePaths.map((p) => codes.find((c) => path(c.id) === p)!.id);
    const attributeId = (db.prepare('SELECT id FROM attributes WHERE name = ?').get(attributeName) as { id: string }).id;
    const q = MatrixQuery.parse({ codeIds, columns: { by: 'attribute', attributeId }, count, includeModerator });
    return bruteForceMatrix(db, q, ['promoter', 'passive', 'detractor']);
  } finally {
    db.close();
  }
}

describe('verbatim matrix', () => {
  it('--json prints rows, columns and cells that a brute-force count of the study agrees with', async () => {
    const file = await sample();
    const codes = ['Delivery', 'Order accuracy/Substitutions', 'Price & value'];
    for (const count of ['codings', 'participants'] as const) {
      const r = await cli('matrix', file, '--codes', codes.join(','), '--by', 'NPS', '--count', count, '--json');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const m = JSON.parse(r.out) as MatrixJson;
      expect(Object.keys(m)).toEqual(['count', 'by', 'title', 'columns', 'rows', 'cells', 'rowTotals', 'columnTotals', 'total']);
      expect(m).toMatchObject({ count, by: 'NPS', columns: ['Promoter', 'Passive', 'Detractor'], rows: codes });
      const e = expected(file, codes, 'NPS', count);
      expect(m.cells).toEqual(e.cells);
      expect(m.rowTotals).toEqual(e.rowTotals);
      expect(m.columnTotals).toEqual(e.columnTotals);
      expect(m.total).toBe(e.total);
      expect(m.total).toBeGreaterThan(0);
    }
    const everyone = JSON.parse(
      (await cli('matrix', file, '--codes', 'Delivery', '--by', 'nps', '--include-non-respondents', '--json')).out,
    ) as MatrixJson;
    expect(everyone.cells).toEqual(expected(file, ['Delivery'], 'NPS', 'codings', true).cells);
    expect(everyone.title).toContain('moderators, observers and note-takers counted');
  });

  it('prints a table a person reads, with the title and totals', async () => {
    const file = await sample();
    const r = await cli('matrix', file, '--codes', 'Delivery,Price & value', '--by', 'NPS');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('Codings by NPS · with sub-codes · respondents only');
    expect(lines[2]).toMatch(/^Code\s+Promoter\s+Passive\s+Detractor\s+Total$/);
    expect(lines[3]).toMatch(/^Delivery\s+\d+\s+\d+\s+\d+\s+\d+$/);
    expect(lines.at(-1)).toMatch(/^Total\s+\d+\s+\d+\s+\d+\s+\d+$/);
  });

  it('refuses unknown codes and attributes and bad options in plain words, changing nothing', async () => {
    const file = await sample();
    const before = readFileSync(file);
    const cases: [string[], number, string][] = [
      [['--codes', 'Delivery,Nope', '--by', 'NPS'], 1, 'There is no code “Nope” in this study'],
      [['--codes', 'Delivery', '--by', 'Shoe size'], 1, 'There is no participant attribute “Shoe size” in this study.'],
      [['--by', 'NPS'], 2, 'Name the codes for the rows: --codes <path,path,…>.'],
      [['--codes', ' , ', '--by', 'NPS'], 2, 'Name the codes for the rows'],
      [['--codes', 'Delivery'], 2, 'Name the participant attribute for the columns: --by <attribute>.'],
      [
        ['--codes', 'Delivery', '--by', 'NPS', '--count', 'everything'],
        2,
        '--count takes codings, participants or words, not “everything”.',
      ],
      [['--codes', 'Delivery', '--by', 'Customer since'], 1, 'has too many different values'],
    ];
    for (const [args, code, words] of cases) {
      const r = await cli('matrix', file, ...args, '--json');
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.out).toBe('');
      expect(r.err).toContain(words);
    }
    expect((await cli('matrix', join(dir(), 'missing.verbatim'), '--codes', 'Delivery', '--by', 'NPS')).code).not.toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('verbatim help matrix describes the JSON', async () => {
    const r = await cli('help', 'matrix');
    expect(r.code).toBe(0);
    expect(r.out).toContain('matrix <study> --codes <path,path,…> --by <attribute>');
    expect(r.out).toContain('columnTotals');
    expect((await cli('--help')).out).toContain('matrix <study>');
  });
});
