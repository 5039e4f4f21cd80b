import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MatrixQuery, type MatrixColumns } from '../../../shared/domain/matrix';
import { codingWorkspace, type Workspace } from '../codingFixtures';
import { bruteForceMatrix } from './bruteForce';
import { randomStudy } from './randomStudy';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

describe('matrix counts agree with a brute-force count on random studies', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: every column kind, count, filter and the moderator rule`, async () => {
      const s = await randomStudy(w, seed);
      const columnChoices: MatrixColumns[] = [
        { by: 'attribute', attributeId: s.nps },
        { by: 'attribute', attributeId: s.segment },
        { by: 'sessions' },
        { by: 'participants' },
        { by: 'codes', codeIds: [s.codeIds[0]!, s.codeIds[3]!, s.codeIds[5]!] },
      ];
      const filters = [
        undefined,
        { sessionIds: [s.sessions[1]!, s.sessions[2]!] },
        { coderIds: [s.bea] },
        { attributes: [{ attributeId: s.segment, values: ['Family', 'Older adult'] }] },
      ];
      let checked = 0;
      let nonZero = 0;
      for (const columns of columnChoices)
        for (const count of ['codings', 'participants', 'words'] as const)
          for (const includeModerator of [false, true])
            for (const includeChildren of [true, false]) {
              const filter = filters[checked % filters.length];
              const input = { codeIds: s.codeIds, columns, count, includeModerator, includeChildren, filter };
              const m = await w.call('queries:matrix', input);
              const expected = bruteForceMatrix(
                w.study.db,
                MatrixQuery.parse(input),
                m.columns.map((c) => c.key),
              );
              const label = JSON.stringify({ columns: columns.by, count, includeModerator, includeChildren, filter });
              expect(m.cells, label).toEqual(expected.cells);
              expect(m.rowTotals, label).toEqual(expected.rowTotals);
              expect(m.columnTotals, label).toEqual(expected.columnTotals);
              expect(m.total, label).toBe(expected.total);
              checked++;
              if (m.total > 0) nonZero++;
            }
      // The random studies must exercise the counts, not agree on empty tables.
      expect(nonZero).toBeGreaterThan(checked * 0.8);
    });
  }

  it('a cell opens exactly the codings it counted, as Passages-view passages', async () => {
    const s = await randomStudy(w, 4);
    const input = { codeIds: s.codeIds, columns: { by: 'attribute' as const, attributeId: s.nps }, count: 'codings' as const };
    const m = await w.call('queries:matrix', input);
    const expected = bruteForceMatrix(
      w.study.db,
      MatrixQuery.parse(input),
      m.columns.map((c) => c.key),
    );
    let opened = 0;
    for (const [i, row] of m.rows.entries())
      for (const [j, column] of m.columns.entries()) {
        const cell = await w.call('queries:matrixCell', { ...input, rowId: row.id, columnKey: column.key });
        expect(cell.passages.length).toBe(m.cells[i]![j]);
        expect(new Set(cell.passages.map((p) => p.codingId))).toEqual(expected.cellIds(i, column.key));
        opened += cell.passages.length;
      }
    expect(opened).toBeGreaterThan(0);
  });
});
