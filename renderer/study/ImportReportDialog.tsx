import { FormattedMessage } from 'react-intl';
import type { ImportReport } from '../../shared/domain/refi';
import type { MessageId } from '../../shared/i18n/catalogue';
import { entryText } from '../../shared/i18n/sentence';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import './refi.css';

const COUNTS: [keyof ImportReport['counts'], MessageId][] = [
  ['sources', 'study.countSources'],
  ['codes', 'common.codes'],
  ['codings', 'common.codings'],
  ['cases', 'study.countCases'],
  ['variables', 'study.countVariables'],
  ['notes', 'common.notes'],
  ['users', 'study.countUsers'],
  ['sessions', 'common.sessions'],
];

/**
 * What an import did, always shown: counts, how positions were read, what was mapped how, and every
 * dropped item with its reason (REFI-QDA asks importers to tell the user what did not come across).
 * The reasons and mappings are the importer's own words (backend text, not yet in the catalogue).
 */
export function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const tr = useT();
  const { t, number } = tr;
  const file = <strong translate="no">{report.fileName}</strong>;
  const into = report.into === 'new' ? 'new' : 'open';
  return (
    <Dialog
      title={t('study.importReport')}
      size="large"
      onClose={onClose}
      description={
        report.origin ? (
          <FormattedMessage
            id="study.reportFromOrigin"
            values={{ file, origin: <span translate="no">{report.origin}</span>, into, title: report.study.title }}
          />
        ) : (
          <FormattedMessage id="study.reportFrom" values={{ file, into, title: report.study.title }} />
        )
      }
      footer={
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      <dl className="import-counts" aria-label={t('study.imported')}>
        {COUNTS.map(([key, label]) => (
          <div key={key} className="import-count">
            <dt>{t(label)}</dt>
            <dd>{number(report.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {report.positions && (
        <p className="import-positions">{t('study.positions', { positions: entryText(tr, report.positions, report.positionsSentence) })}</p>
      )}
      {report.backupPath && (
        <p className="muted">
          <FormattedMessage
            id="study.backupBefore"
            values={{
              path: (
                <span className="path" translate="no">
                  {report.backupPath}
                </span>
              ),
            }}
          />
        </p>
      )}
      <section aria-labelledby="import-dropped">
        <h3 id="import-dropped">
          {t('study.leftOut')} <span className="tab-count">{number(report.dropped.length)}</span>
        </h3>
        {report.dropped.length === 0 ? (
          <p className="muted">{t('study.nothingLeftOut')}</p>
        ) : (
          <ul className="import-list import-list-dropped">
            {report.dropped.map((d, i) => (
              <li key={i}>
                <span className="import-what">{entryText(tr, d.what, d.whatSentence)}</span> — {entryText(tr, d.why, d.whySentence)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="import-mapped">
        <h3 id="import-mapped">
          {t('study.howBroughtIn')} <span className="tab-count">{number(report.mapped.length)}</span>
        </h3>
        {report.mapped.length === 0 ? (
          <p className="muted">{report.dropped.length === 0 ? t('study.everythingAsIs') : t('study.everythingElseAsIs')}</p>
        ) : (
          <ul className="import-list">
            {report.mapped.map((m, i) => (
              <li key={i}>
                <span className="import-what">{entryText(tr, m.what, m.whatSentence)}</span>: {entryText(tr, m.how, m.howSentence)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Dialog>
  );
}
