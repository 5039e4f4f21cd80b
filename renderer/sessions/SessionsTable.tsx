import { SESSION_KIND_LABELS, type Session } from '../../shared/domain/study';
import { formatDay } from '../ui/format';

// The row's main action reads as such while the row buttons stay quiet (table.css) until pointed at.
const RUN_STYLE = { color: 'var(--accent-text)', fontWeight: 600 } as const;

interface SessionsTableProps {
  sessions: Session[];
  /** Opens the session live: its clock, guide and notes. */
  onRun: (s: Session) => void;
  onEdit: (s: Session) => void;
  onDelete: (s: Session) => void;
}

export function SessionsTable({ sessions, onRun, onEdit, onDelete }: SessionsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table sessions-table" aria-label="Sessions">
        <thead>
          <tr>
            <th scope="col" className="col-kind">
              Kind
            </th>
            <th scope="col" className="col-title">
              Title
            </th>
            <th scope="col" className="col-date">
              Date
            </th>
            <th scope="col">Place</th>
            <th scope="col">Moderator</th>
            <th scope="col" className="num col-count">
              Participants
            </th>
            <th scope="col" className="col-notes">
              Notes
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} onDoubleClick={() => onEdit(s)}>
              <td>
                <span className={`badge badge-${s.kind}`}>{SESSION_KIND_LABELS[s.kind]}</span>
              </td>
              <th scope="row" className="cell-title">
                {s.title}
              </th>
              <td className="nowrap">{s.date ? <time dateTime={s.date}>{formatDay(s.date)}</time> : <span className="muted">—</span>}</td>
              <td className="cell-clip" title={s.place ?? undefined}>
                {s.place ?? <span className="muted">—</span>}
              </td>
              <td className="nowrap">{s.moderator ?? <span className="muted">—</span>}</td>
              <td className="num">{s.participantCount}</td>
              <td className="cell-notes" title={s.notes ?? undefined}>
                {s.notes ?? ''}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  style={RUN_STYLE}
                  onClick={() => onRun(s)}
                  aria-label={`Live notes of session ${s.title}`}
                  title="Run the session live: clock, guide and notes"
                >
                  Live notes
                </button>
                <button type="button" className="button button-small" onClick={() => onEdit(s)} aria-label={`Edit session ${s.title}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet-danger"
                  onClick={() => onDelete(s)}
                  aria-label={`Delete session ${s.title}`}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
