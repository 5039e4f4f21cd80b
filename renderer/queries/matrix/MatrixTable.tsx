import type { MatrixResult } from '../../../shared/domain/matrix';
import { useT } from '../../i18n/useT';

export interface MatrixCellChoice {
  rowId: string;
  columnKey: string;
}

interface MatrixTableProps {
  matrix: MatrixResult;
  chosen: MatrixCellChoice | null;
  onChoose(cell: MatrixCellChoice): void;
}

/**
 * The counts as a table: code paths down the side, the columns across, totals last. Headers stay in
 * view while the table scrolls (sticky), long names wrap instead of running under their neighbours,
 * and each cell is shaded by its value against the largest cell, so the eye finds the big ones.
 */
export function MatrixTable({ matrix, chosen, onChoose }: MatrixTableProps) {
  const { t, number } = useT();
  const largest = Math.max(1, ...matrix.cells.flat());
  // Shading up to 40% of the accent keeps dark text readable on the darkest cell.
  const shade = (value: number) =>
    value === 0 ? undefined : `color-mix(in srgb, var(--accent) ${Math.round((value / largest) * 40)}%, var(--surface))`;
  return (
    <div className="matrix-scroll" tabIndex={0} aria-label={matrix.title}>
      <table className="matrix-table">
        <caption className="matrix-caption">{matrix.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('common.code')}
            </th>
            {matrix.columns.map((c) => (
              <th key={c.key} scope="col" className="matrix-column">
                {c.label}
              </th>
            ))}
            <th scope="col" className="matrix-column matrix-total">
              {t('matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, i) => (
            <tr key={row.id}>
              <th scope="row" className="matrix-row" title={row.path}>
                {row.path}
              </th>
              {matrix.columns.map((column, j) => {
                const value = matrix.cells[i]![j]!;
                const isChosen = chosen?.rowId === row.id && chosen?.columnKey === column.key;
                return (
                  <td key={column.key} className="matrix-cell" style={{ background: shade(value) }}>
                    <button
                      type="button"
                      className={`matrix-cell-button${isChosen ? ' is-chosen' : ''}`}
                      aria-pressed={isChosen}
                      aria-label={t('matrix.cellLabel', { row: row.path, column: column.label, value })}
                      disabled={value === 0}
                      onClick={() => onChoose({ rowId: row.id, columnKey: column.key })}
                    >
                      {number(value)}
                    </button>
                  </td>
                );
              })}
              <td className="matrix-cell matrix-total">{number(matrix.rowTotals[i]!)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="matrix-row matrix-total">
              {t('matrix.total')}
            </th>
            {matrix.columnTotals.map((value, j) => (
              <td key={matrix.columns[j]!.key} className="matrix-cell matrix-total">
                {number(value)}
              </td>
            ))}
            <td className="matrix-cell matrix-total">{number(matrix.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
