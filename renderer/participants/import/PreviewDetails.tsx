import type { ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { valueColumns } from './mappingChoice';

/** What the import would do: counts, every bad row by line, and sample rows (the encoding is picked above). */
export function PreviewDetails({ preview, attributes }: { preview: ImportPreview; attributes: Attribute[] }) {
  const headerErrors = preview.errors.filter((e) => e.line === 1);
  const rowErrors = preview.errors.filter((e) => e.line > 1);
  const invalidRows = preview.rowCount - preview.validCount;
  // With a mapping problem no row is checked yet, so row counts would only mislead.
  const count = (n: number) => (headerErrors.length > 0 ? '—' : n);
  const sampleColumns = valueColumns(preview.mapping, attributes);
  const headingOf = (col: number) => {
    const m = preview.mapping[col];
    if (m?.kind === 'newAttribute') return m.name;
    if (m?.kind === 'attribute') return attributes.find((a) => a.id === m.attributeId)?.name ?? preview.columns[col] ?? '';
    return preview.columns[col] ?? '';
  };

  return (
    <div className="preview">
      <dl className="preview-counts" aria-label="Import summary">
        <div>
          <dt>Rows</dt>
          <dd>{preview.rowCount}</dd>
        </div>
        <div>
          <dt>Valid</dt>
          <dd>{count(preview.validCount)}</dd>
        </div>
        <div>
          <dt>New participants</dt>
          <dd>{count(preview.newParticipants)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{count(preview.updatedParticipants)}</dd>
        </div>
        <div className={invalidRows > 0 && headerErrors.length === 0 ? 'count-bad' : ''}>
          <dt>With problems</dt>
          <dd>{count(invalidRows)}</dd>
        </div>
      </dl>

      {headerErrors.length > 0 && (
        <div className="banner banner-error" role="alert">
          <strong>Fix the mapping before importing:</strong>
          <ul>
            {headerErrors.map((e) => (
              <li key={e.message}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}

      {rowErrors.length > 0 && (
        <section aria-labelledby="row-errors-title" className="row-errors">
          <h3 id="row-errors-title" className="subheading">
            Rows with problems ({invalidRows})
          </h3>
          <ul aria-label="Rows with problems" className="row-error-list">
            {rowErrors.map((e) => (
              <li key={e.line}>
                <span className="row-error-line">Line {e.line}</span>
                <span>{e.message}</span>
              </li>
            ))}
          </ul>
          {preview.errors.length >= 500 && <p className="muted">Only the first 500 problems are listed.</p>}
        </section>
      )}

      {preview.sample.length > 0 && (
        <section aria-labelledby="sample-title">
          <h3 id="sample-title" className="subheading">
            First rows as they will be imported
          </h3>
          <div className="sample-scroll">
            <table className="sample-table" aria-label="Sample rows">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Participant</th>
                  {sampleColumns.map((c) => (
                    <th key={c} scope="col">
                      {headingOf(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row) => (
                  <tr key={row.line}>
                    <td className="num muted">{row.line}</td>
                    <td>{row.name}</td>
                    {row.values.map((v, i) => (
                      <td key={i}>{v === null ? <span className="muted">—</span> : String(v)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
