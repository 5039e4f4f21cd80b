import { memo } from 'react';
import type { ClockState, Guide, QuestionMark } from '../../shared/domain/live';
import { clockStatus, sessionTime } from '../../shared/live/clock';
import { guideBudget } from '../../shared/live/guide';
import { formatTimestamp } from '../../shared/text/time';
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

const minutes = (m: number | null) => (m === null ? '' : `${m % 1 === 0 ? m : m.toFixed(1)} min`);

/** How far behind (or ahead of) the plan, in words. */
function planWords(overMs: number): string {
  if (Math.abs(overMs) < 30_000) return 'On time';
  return overMs > 0 ? `${formatTimestamp(overMs)} over` : `${formatTimestamp(-overMs)} ahead`;
}

/** The time budget of the current question and of the session against the plan. Ticks on its own. */
function BudgetBar({ guide, marks, clock, currentId }: Pick<GuidePanelProps, 'marks' | 'clock' | 'currentId'> & { guide: Guide }) {
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
    <div className="guide-budget" aria-label="Time budget">
      {current && planned > 0 && (
        <div className="guide-budget-row">
          <span className="guide-budget-label">This question</span>
          <div className={`budget-bar${over ? ' over' : ''}`} role="meter" aria-valuemin={0} aria-valuemax={planned} aria-valuenow={Math.min(spent, planned)} aria-label="Time on this question">
            <div className="budget-fill" style={{ width: `${share * 100}%` }} />
          </div>
          <span className={`guide-budget-value${over ? ' over' : ''}`}>
            {formatTimestamp(spent)} / {formatTimestamp(planned)}
          </span>
        </div>
      )}
      {total > 0 && (
        <div className="guide-budget-row">
          <span className="guide-budget-label">Session</span>
          <div className={`budget-bar${elapsed > total ? ' over' : ''}`} role="meter" aria-valuemin={0} aria-valuemax={total} aria-valuenow={Math.min(elapsed, total)} aria-label="Session time against the plan">
            <div className="budget-fill" style={{ width: `${Math.min(1, elapsed / total) * 100}%` }} />
          </div>
          <span className={`guide-budget-value${budget.overMs > 30_000 ? ' over' : budget.overMs < -30_000 ? ' ahead' : ''}`}>{currentId ? planWords(budget.overMs) : `${formatTimestamp(total)} planned`}</span>
        </div>
      )}
    </div>
  );
}

/** The discussion guide: sections and questions, the current one highlighted, and the time budget. */
export const GuidePanel = memo(function GuidePanel({ guide, marks, clock, currentId, onSelect, onNext, onPrevious, onEdit }: GuidePanelProps) {
  if (!guide || guide.items.length === 0) {
    return (
      <aside className="guide-panel" aria-label="Discussion guide">
        <div className="guide-head">
          <h3>Discussion guide</h3>
        </div>
        <div className="guide-empty">
          <p>Keep the questions in view and record which one each note answers.</p>
          <button type="button" className="button" onClick={onEdit}>
            Add a discussion guide
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
    <aside className="guide-panel" aria-label="Discussion guide">
      <div className="guide-head">
        <h3 title={guide.title}>{guide.title}</h3>
        <button type="button" className="button button-small" onClick={onEdit}>
          Edit
        </button>
      </div>
      <BudgetBar guide={guide} marks={marks} clock={clock} currentId={current} />
      {ended && (
        <p className="guide-ended">
          Session ended: {questions.filter((q) => asked.has(q.id)).length} of {questions.length} questions asked.
        </p>
      )}
      <div className="guide-nav">
        <button type="button" className="button button-small" onClick={onPrevious} title="Previous question (Alt+↑)">
          ↑ Previous
        </button>
        <button type="button" className={`button button-small${ended ? '' : ' button-primary'}`} onClick={onNext} title="Next question (Alt+↓)">
          Next question ↓
        </button>
      </div>
      <ol className="guide-items">
        {guide.items.map((item) =>
          item.kind === 'section' ? (
            <li key={item.id} className="guide-section">
              <span>{item.text}</span>
              <span className="guide-minutes">{minutes(item.plannedMinutes)}</span>
            </li>
          ) : (
            <li key={item.id} className={`guide-question${item.id === current ? ' current' : ''}${asked.has(item.id) && item.id !== current ? ' asked' : ''}`}>
              <button type="button" className="guide-question-button" aria-current={item.id === current ? 'step' : undefined} onClick={() => onSelect(item.id)}>
                <span className="guide-question-text">{item.text}</span>
                <span className="guide-minutes">{minutes(item.plannedMinutes)}</span>
              </button>
            </li>
          ),
        )}
      </ol>
    </aside>
  );
});
