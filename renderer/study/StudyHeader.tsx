import type { StudySummary } from '../../shared/domain/study';
import { InteropMenu } from './InteropMenu';
import { StudyTitle } from './StudyTitle';

interface StudyHeaderProps {
  summary: StudySummary;
  onSummary: (s: StudySummary) => void;
  onClose: () => void;
  onImportTranscript: () => void;
}

/** Title, where the file lives, import/export, and anything about the file the researcher should know. */
export function StudyHeader({ summary, onSummary, onClose, onImportTranscript }: StudyHeaderProps) {
  return (
    <header className="study-header">
      <div className="study-header-row">
        <div className="study-identity">
          <StudyTitle summary={summary} onSummary={onSummary} />
          <p className="study-path path" title={summary.path}>
            {summary.path}
          </p>
        </div>
        <div className="study-header-actions">
          <InteropMenu onSummary={onSummary} onImportTranscript={onImportTranscript} />
          <button type="button" className="button" onClick={onClose}>
            Close study
          </button>
        </div>
      </div>
      {summary.warnings.map((warning) => (
        <p key={warning} className="banner banner-warning" role="note">
          {warning}
        </p>
      ))}
      {summary.migratedFrom !== null && (
        <p className="banner banner-info" role="note">
          This study was upgraded from an older file format (schema {summary.migratedFrom} → {summary.schemaVersion}).
          {summary.backupPath ? (
            <>
              {' '}
              A copy of the original was kept at <span className="path">{summary.backupPath}</span>.
            </>
          ) : null}
        </p>
      )}
    </header>
  );
}
