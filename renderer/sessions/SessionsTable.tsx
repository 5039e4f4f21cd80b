import { useCallback } from 'react';
import type { Session } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { SortHeader, useSort, type SortKey } from '../ui/useSort';
import { SESSION_KIND_MESSAGES } from '../../shared/domain/sessionWords';

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

/** What each column sorts by; the kind by the word the user reads, in their language. */
const keysFor = (kindName: (s: Session) => string): Record<string, SortKey<Session>> => ({
  kind: kindName,
  title: (s) => s.title,
  date: (s) => s.date,
  place: (s) => s.place,
  moderator: (s) => s.moderator,
  participants: (s) => s.participantCount,
  notes: (s) => s.notes,
});

/**
 * The order the backend lists sessions in (newest date first, undated last, then by title): the
 * order before a column is chosen, and between rows a column does not tell apart. A session just
 * added takes its place in it rather than landing at the bottom.
 */
export function sessionOrder(a: Session, b: Session, compareTitles: (x: string, y: string) => number): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  if (a.date !== b.date) return a.date! < b.date! ? 1 : -1;
  return compareTitles(a.title, b.title) || a.createdAt.localeCompare(b.createdAt);
}

export function SessionsTable({ sessions, onRun, onImport, onEdit, onDelete }: SessionsTableProps) {
  const { t, date, compare } = useT();
  const kindName = (s: Session) => t(SESSION_KIND_MESSAGES[s.kind]);
  // Stable per language, so the sorted rows are not recomputed on every render.
  const tieBreak = useCallback((a: Session, b: Session) => sessionOrder(a, b, compare), [compare]);
  const { sorted, sort, toggle } = useSort(sessions, keysFor(kindName), null, tieBreak);
  // A session's date is a calendar day: formatted in UTC so no time zone moves it.
  const day = (iso: string) =>
    Number.isNaN(new Date(`${iso}T00:00:00Z`).getTime()) ? iso : date(`${iso}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const header = (column: string, label: string, className?: string) => (
    <SortHeader column={column} sort={sort} onSort={toggle} className={className}>
      {label}
    </SortHeader>
  );
  return (
    <div className="table-scroll">
      <table className="data-table sessions-table" aria-label={t('common.sessions')}>
        <thead>
          <tr>
            {header('kind', t('common.kind'), 'col-kind')}
            {header('title', t('common.title'), 'col-title')}
            {header('date', t('common.date'), 'col-date')}
            {header('place', t('sessions.fieldPlace'))}
            {header('moderator', t('common.moderator'))}
            {header('participants', t('common.participants'), 'num col-count')}
            {header('notes', t('common.notesField'), 'col-notes')}
            <th scope="col" className="col-actions">
              <span className="visually-hidden">{t('sessions.colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.id} onDoubleClick={() => onEdit(s)}>
              <td>
                <span className={`badge badge-${s.kind}`}>{kindName(s)}</span>
              </td>
              <th scope="row" className="cell-title">
                {s.title}
              </th>
              <td className="nowrap">{s.date ? <time dateTime={s.date}>{day(s.date)}</time> : <span className="muted">—</span>}</td>
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
                  aria-label={t('sessions.liveNotesNamed', { title: s.title })}
                  title={t('sessions.liveNotesHint')}
                >
                  {t('common.liveNotes')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onImport(s)}
                  aria-label={t('sessions.transcriptNamed', { title: s.title })}
                  title={t('sessions.transcriptHint')}
                >
                  {t('study.importTranscript')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onEdit(s)}
                  aria-label={t('sessions.editNamed', { title: s.title })}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet-danger"
                  onClick={() => onDelete(s)}
                  aria-label={t('sessions.deleteNamed', { title: s.title })}
                >
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
