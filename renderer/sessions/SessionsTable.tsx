import { SESSION_KIND_LABELS, type Session } from '../../shared/domain/study';
import { formatDay } from '../ui/format';
import { SortHeader, useSort, type SortKey } from '../ui/useSort';

// The row's main action reads as such while the row buttons stay quiet (table.css) until pointed at.
const RUN_STYLE = { color: 'var(--accent-text)', fontWeight: 600 } as const;

interface SessionsTableProps {
  sessions: Session[];
  /** Opens the session live: its clock, guide and notes. */
  onRun: (s: Session) => void;
  /** Opens the transcript import into this session. */
  onImport: (s: Session) => void;
  onEdit: (s: Session) => void;
  onDelete: (s: Session) => void;
}

const KEYS: Record<string, SortKey<Session>> = {
  kind: (s) => SESSION_KIND_LABELS[s.kind],
  title: (s) => s.title,
  date: (s) => s.date,
  place: (s) => s.place,
  moderator: (s) => s.moderator,
  participants: (s) => s.participantCount,
  notes: (s) => s.notes,
};

/**
 * The order the backend lists sessions in (newest date first, undated last, then by title): the
 * order before a column is chosen, and between rows a column does not tell apart. A session just
 * added takes its place in it rather than landing at the bottom.
 */
export function sessionOrder(a: Session, b: Session): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  if (a.date !== b.date) return a.date! < b.date! ? 1 : -1;
  return a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) || a.createdAt.localeCompare(b.createdAt);
}

export function SessionsTable({ sessions, onRun, onImport, onEdit, onDelete }: SessionsTableProps) {
  const { sorted, sort, toggle } = useSort(sessions, KEYS, null, sessionOrder);
  const header = (column: string, label: string, className?: string) => (
    <SortHeader column={column} sort={sort} onSort={toggle} className={className}>
      {label}
    </SortHeader>
  );
  return (
    <div className="table-scroll">
      <table className="data-table sessions-table" aria-label="Sessions">
        <thead>
          <tr>
            {header('kind', 'Kind', 'col-kind')}
            {header('title', 'Title', 'col-title')}
            {header('date', 'Date', 'col-date')}
            {header('place', 'Place')}
            {header('moderator', 'Moderator')}
            {header('participants', 'Participants', 'num col-count')}
            {header('notes', 'Notes', 'col-notes')}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
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
                <button type="button" className="button button-small" onClick={() => onImport(s)} aria-label={`Add a transcript to session ${s.title}`} title="Import a transcript file into this session">
                  Transcript…
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
