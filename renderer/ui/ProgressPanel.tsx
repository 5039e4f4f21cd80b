import { useT } from '../i18n/useT';
import './progress.css';

export interface ProgressPanelProps {
  /** What runs, e.g. "Exporting the project". */
  title: string;
  /** The current stage in words, from the backend's `job:progress`. */
  stage: string;
  percent: number;
  cancelling: boolean;
  onCancel: () => void;
}

/**
 * A long job's bar, its stage in words and a Cancel button, in the lower left corner. It does not
 * block the window: the study stays usable while the job runs.
 */
export function ProgressPanel({ title, stage, percent, cancelling, onCancel }: ProgressPanelProps) {
  const rounded = Math.round(percent);
  const { t, percent: formatPercent } = useT();
  const shown = formatPercent(rounded / 100);
  return (
    <section className="progress-panel" aria-label={title}>
      <div className="progress-panel-head">
        <strong>{title}</strong>
        <span className="progress-panel-percent">{shown}</span>
      </div>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={title}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded}
        aria-valuetext={t('ui.progressValue', { stage, percent: shown })}
      >
        <div className="progress-bar-fill" style={{ width: `${rounded}%` }} />
      </div>
      <div className="progress-panel-foot">
        <span className="progress-panel-stage" role="status">
          {cancelling ? t('ui.cancelling') : stage}
        </span>
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {t('ui.cancel')}
        </button>
      </div>
    </section>
  );
}
