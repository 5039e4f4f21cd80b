import { FormattedMessage } from 'react-intl';
import type { StudySummary } from '../../shared/domain/study';
import { isDesktopWindow } from '../api';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n/useT';
import { RefiMenu } from './RefiMenu';
import { StudyTitle } from './StudyTitle';

interface StudyHeaderProps {
  summary: StudySummary;
  onSummary: (s: StudySummary) => void;
  onClose: () => void;
  onImportTranscript: () => void;
}

/**
 * Title, where the file lives, import/export, and anything about the file the researcher should know.
 * Browser mode has no application menu, so the Language setting sits here (the desktop app has it
 * under View ▸ Language).
 */
export function StudyHeader({ summary, onSummary, onClose, onImportTranscript }: StudyHeaderProps) {
  const { t } = useT();
  return (
    <header className="study-header">
      <div className="study-header-row">
        <div className="study-identity">
          <StudyTitle summary={summary} onSummary={onSummary} />
          <p className="study-path path" title={summary.path} translate="no">
            {summary.path}
          </p>
        </div>
        <div className="study-header-actions">
          <RefiMenu onSummary={onSummary} onImportTranscript={onImportTranscript} />
          <button type="button" className="button" onClick={onClose}>
            {t('study.closeStudy')}
          </button>
          {!isDesktopWindow() && <LanguagePicker />}
        </div>
      </div>
      {summary.warnings.map((warning) => (
        <p key={warning} className="banner banner-warning" role="note">
          {warning}
        </p>
      ))}
      {summary.migratedFrom !== null && (
        <p className="banner banner-info" role="note">
          {t('study.upgraded', { from: summary.migratedFrom, to: summary.schemaVersion })}
          {summary.backupPath ? (
            <>
              {' '}
              <FormattedMessage
                id="study.upgradedBackup"
                values={{
                  path: (
                    <span className="path" translate="no">
                      {summary.backupPath}
                    </span>
                  ),
                }}
              />
            </>
          ) : null}
        </p>
      )}
    </header>
  );
}
