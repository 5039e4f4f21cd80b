import type { TextTable } from '../../shared/reports/sections';

/** A report table from shared/reports/sections.ts: the same cells the exports print, first column as row headers. */
export function TextTableView({ table, label, strong }: { table: TextTable; label: string; strong?: (row: number) => boolean }) {
  return (
    <div className="report-table-wrap">
      <table className="data-table report-table" aria-label={label}>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col" className={table.numeric[i] ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={strong?.(r) ? 'report-row-top' : undefined}>
              {row.map((v, i) =>
                i === 0 ? (
                  <th key={i} scope="row" style={{ paddingLeft: 10 + (table.depth?.[r] ?? 0) * 16 }}>
                    {v}
                  </th>
                ) : (
                  <td key={i} className={table.numeric[i] ? 'num' : undefined}>
                    {v}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
