import type { ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { saySentence } from '../../../shared/i18n/sentence';
import type { Translator } from '../../../shared/i18n/translator';
import { useT } from '../../i18n/useT';
import { valueColumns } from './mappingChoice';

/** A line's problems in the UI's language (the English `message` where a problem has no sentence). */
function problemText(tr: Translator, e: ImportPreview['errors'][number]): string {
  return e.problems ? e.problems.map((p) => saySentence(tr, p)).join('; ') : e.message;
}

/** What the import would do: counts, every bad row by line, and sample rows (the encoding is picked above). */
export function PreviewDetails({ preview, attributes }: { preview: ImportPreview; attributes: Attribute[] }) {
  const tr = useT();
  const { t, number } = tr;
  const headerErrors = preview.errors.filter((e) => e.line === 1);
  const rowErrors = preview.errors.filter((e) => e.line > 1);
  const invalidRows = preview.rowCount - preview.validCount;
  // With a mapping problem no row is checked yet, so row counts would only mislead.
  const count = (n: number) => (headerErrors.length > 0 ? '—' : number(n));
  const sampleColumns = valueColumns(preview.mapping, attributes);
  const headingOf = (col: number) => {
    const m = preview.mapping[col];
    if (m?.kind === 'newAttribute') return m.name;
    if (m?.kind === 'attribute') return attributes.find((a) => a.id === m.attributeId)?.name ?? preview.columns[col] ?? '';
    return preview.columns[col] ?? '';
  };

  return (
    <div className="preview">
      <dl className="preview-counts" aria-label={t('participants.importSummary')}>
        <div>
          <dt>{t('participants.importRows')}</dt>
          <dd>{number(preview.rowCount)}</dd>
        </div>
        <div>
          <dt>{t('participants.importValid')}</dt>
          <dd>{count(preview.validCount)}</dd>
        </div>
        <div>
          <dt>{t('participants.importNewParticipants')}</dt>
          <dd>{count(preview.newParticipants)}</dd>
        </div>
        <div>
          <dt>{t('participants.importUpdatedCount')}</dt>
          <dd>{count(preview.updatedParticipants)}</dd>
        </div>
        <div className={invalidRows > 0 && headerErrors.length === 0 ? 'count-bad' : ''}>
          <dt>{t('participants.importWithProblems')}</dt>
          <dd>{count(invalidRows)}</dd>
        </div>
      </dl>

      {headerErrors.length > 0 && (
        <div className="banner banner-error" role="alert">
          <strong>{t('participants.importFixMapping')}</strong>
          <ul>
            {headerErrors.map((e) => (
              <li key={e.message}>{problemText(tr, e)}</li>
            ))}
          </ul>
        </div>
      )}

      {rowErrors.length > 0 && (
        <section aria-labelledby="row-errors-title" className="row-errors">
          <h3 id="row-errors-title" className="subheading">
            {t('participants.importRowsWithProblemsCount', { count: invalidRows })}
          </h3>
          <ul aria-label={t('participants.importRowsWithProblems')} className="row-error-list">
            {rowErrors.map((e) => (
              <li key={e.line}>
                <span className="row-error-line">{t('participants.importLineN', { line: e.line })}</span>
                <span>{problemText(tr, e)}</span>
              </li>
            ))}
          </ul>
          {preview.errors.length >= 500 && <p className="muted">{t('participants.importFirst500')}</p>}
        </section>
      )}

      {preview.sample.length > 0 && (
        <section aria-labelledby="sample-title">
          <h3 id="sample-title" className="subheading">
            {t('participants.importSampleTitle')}
          </h3>
          <div className="sample-scroll">
            <table className="sample-table" aria-label={t('participants.importSampleLabel')}>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('participants.importColLine')}
                  </th>
                  <th scope="col">{t('common.participant')}</th>
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
                    <td className="num muted">{number(row.line)}</td>
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
