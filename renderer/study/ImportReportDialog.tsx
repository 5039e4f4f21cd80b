import type { ImportReport } from '../../shared/domain/interop';
import { Dialog } from '../ui/Dialog';
import './interop.css';

const COUNTS: [keyof ImportReport['counts'], string][] = [
  ['sources', 'Sources'],
  ['codes', 'Codes'],
  ['codings', 'Codings'],
  ['cases', 'Cases'],
  ['variables', 'Variables'],
  ['notes', 'Notes'],
  ['users', 'Users'],
  ['sessions', 'Sessions'],
];

/**
 * What an import did, always shown: counts, how positions were read, what was mapped how, and every
 * dropped item with its reason (REFI-QDA asks importers to tell the user what did not come across).
 */
export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const from = report.origin ? ` from ${report.origin}` : '';
  return (
    <Dialog
      title="Import report"
      size="large"
      onClose={onClose}
      description={
        <>
          <strong>{report.fileName}</strong>
          {from} → {report.into === 'new' ? 'the new study' : 'this study'} “{report.study.title}”
        </>
      }
      footer={
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      }
    >
      <dl className="import-counts" aria-label="Imported">
        {COUNTS.map(([key, label]) => (
          <div key={key} className="import-count">
            <dt>{label}</dt>
            <dd>{report.counts[key]}</dd>
          </div>
        ))}
      </dl>
      {report.positions && <p className="import-positions">Positions read counting {report.positions}.</p>}
      {report.backupPath && (
        <p className="muted">
          A copy of the study from before the import is at <span className="path">{report.backupPath}</span>.
        </p>
      )}
      <section aria-labelledby="import-dropped">
        <h3 id="import-dropped">
          Left out <span className="tab-count">{report.dropped.length}</span>
        </h3>
        {report.dropped.length === 0 ? (
          <p className="muted">Nothing was left out.</p>
        ) : (
          <ul className="import-list import-list-dropped">
            {report.dropped.map((d, i) => (
              <li key={i}>
                <span className="import-what">{d.what}</span> — {d.why}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="import-mapped">
        <h3 id="import-mapped">
          How things were brought in <span className="tab-count">{report.mapped.length}</span>
        </h3>
        {report.mapped.length === 0 ? (
          <p className="muted">{report.dropped.length === 0 ? 'Everything came in as it was.' : 'Everything not listed under “Left out” came in as it was.'}</p>
        ) : (
          <ul className="import-list">
            {report.mapped.map((m, i) => (
              <li key={i}>
                <span className="import-what">{m.what}</span>: {m.how}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Dialog>
  );
}
