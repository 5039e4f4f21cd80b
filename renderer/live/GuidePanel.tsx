import { memo } from 'react';
import type { ClockState, Guide, QuestionMark } from '../../shared/domain/live';
import { clockStatus, sessionTime } from '../../shared/live/clock';
import { guideBudget } from '../../shared/live/guide';
import type { Translator } from '../../shared/i18n/translator';
import { formatTimestamp } from '../../shared/text/time';
import { useT } from '../i18n/useT';
import { useTick } from './useTick';

interface GuidePanelProps {
  guide: Guide | null;
  marks: readonly QuestionMark[];
  clock: ClockState;
  currentId: string | null;
  onSelect: (itemId: string) => void;
  onNext: () => void;
  onPrevious: () => void;
  onEdit: () => void;
}

/** Planned minutes as "5 min" / "2,5 min", in the locale's number form. */
function Minutes({ value }: { value: number | null }) {
  const { t, number } = useT();
  return (
    <span className="guide-minutes">
      {value === null ? '' : t('live.minutes', { minutes: number(value, { maximumFractionDigits: 1 }) })}
    </span>
  );
}

/** How far behind (or ahead of) the plan, in words. */
function planWords(t: Translator['t'], overMs: number): string {
  if (Math.abs(overMs) < 30_000) return t('live.onTime');
  return overMs > 0 ? t('live.over', { time: formatTimestamp(overMs) }) : t('live.ahead', { time: formatTimestamp(-overMs) });
}

/** The time budget of the current question and of the session against the plan. Ticks on its own. */
function BudgetBar({ guide, marks, clock, currentId }: Pick<GuidePanelProps, 'marks' | 'clock' | 'currentId'> & { guide: Guide }) {
  const { t } = useT();
  const now = useTick(clockStatus(clock) === 'running');
  const elapsed = sessionTime(clock, now);
  const budget = guideBudget(guide.items, marks, elapsed);
  const current = guide.items.find((i) => i.id === currentId) ?? null;
  const planned = (current?.plannedMinutes ?? 0) * 60_000;
  const spent = currentId ? (budget.spentMs.get(currentId) ?? 0) : 0;
  const share = planned > 0 ? Math.min(1, spent / planned) : 0;
  const over = planned > 0 && spent > planned;
  const total = budget.plannedTotalMs;
  return (
    <div className="guide-budget" aria-label={t('live.budget')}>
      {current && planned > 0 && (
        <div className="guide-budget-row">
          <span className="guide-budget-label">{t('live.thisQuestion')}</span>
          <div
            className={`budget-bar${over ? ' over' : ''}`}
            role="meter"
            aria-valuemin={0}
            aria-valuemax={planned}
            aria-valuenow={Math.min(spent, planned)}
            aria-label={t('live.thisQuestionMeter')}
          >
            <div className="budget-fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className={`guide-budget-value${over ? ' over' : ''}`}>
            {formatTimestamp(spent)} / {formatTimestamp(planned)}
          </span>
        </div>
      )}
      {total > 0 && (
        <div className="guide-budget-row">
          <span className="guide-budget-label">{t('live.session')}</span>
          <div
            className={`budget-bar${elapsed > total ? ' over' : ''}`}
            role="meter"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={Math.min(elapsed, total)}
            aria-label={t('live.sessionMeter')}
          >
            <div className="budget-fill" style={{ width: `${Math.min(1, elapsed / total) * 100}%` }} />
          </div>
          <span className={`guide-budget-value${budget.overMs > 30_000 ? ' over' : budget.overMs < -30_000 ? ' ahead' : ''}`}>
            {currentId ? planWords(t, budget.overMs) : t('live.planned', { time: formatTimestamp(total) })}
          </span>
        </div>
      )}
    </div>
  );
}

/** The discussion guide: sections and questions, the current one highlighted, and the time budget. */
export const GuidePanel = memo(function GuidePanel({
  guide,
  marks,
  clock,
  currentId,
  onSelect,
  onNext,
  onPrevious,
  onEdit,
}: GuidePanelProps) {
  const { t } = useT();
  if (!guide || guide.items.length === 0) {
    return (
      <aside className="guide-panel" aria-label={t('live.guide')}>
        <div className="guide-head">
          <h3>{t('live.guide')}</h3>
        </div>
        <div className="guide-empty">
          <p>{t('live.guideEmpty')}</p>
          <button type="button" className="button" onClick={onEdit}>
            {t('live.addGuide')}
          </button>
        </div>
      </aside>
    );
  }
  const asked = new Set(marks.map((m) => m.itemId));
  // After Stop nobody is being asked anything: no question is current and moving on is not the next step.
  const ended = clockStatus(clock) === 'stopped';
  const current = ended ? null : currentId;
  const questions = guide.items.filter((i) => i.kind !== 'section');
  return (
    <aside className="guide-panel" aria-label={t('live.guide')}>
      <div className="guide-head">
        <h3 title={guide.title}>{guide.title}</h3>
        <button type="button" className="button button-small" onClick={onEdit}>
          {t('common.edit')}
        </button>
      </div>
      <BudgetBar guide={guide} marks={marks} clock={clock} currentId={current} />
      {ended && (
        <p className="guide-ended">
          {t('live.endedAsked', { asked: questions.filter((q) => asked.has(q.id)).length, count: questions.length })}
        </p>
      )}
      <div className="guide-nav">
        <button type="button" className="button button-small" onClick={onPrevious} title={t('live.previousHint')}>
          {t('live.previous')}
        </button>
        <button
          type="button"
          className={`button button-small${ended ? '' : ' button-primary'}`}
          onClick={onNext}
          title={t('live.nextHint')}
        >
          {t('live.next')}
        </button>
      </div>
      <ol className="guide-items">
        {guide.items.map((item) =>
          item.kind === 'section' ? (
            <li key={item.id} className="guide-section">
              <span>{item.text}</span>
              <Minutes value={item.plannedMinutes} />
            </li>
          ) : (
            <li
              key={item.id}
              className={`guide-question${item.id === current ? ' current' : ''}${asked.has(item.id) && item.id !== current ? ' asked' : ''}`}
            >
              <button
                type="button"
                className="guide-question-button"
                aria-current={item.id === current ? 'step' : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className="guide-question-text">{item.text}</span>
                <Minutes value={item.plannedMinutes} />
              </button>
            </li>
          ),
        )}
      </ol>
    </aside>
  );
});
