import type { RecentStudy } from '../../shared/domain/study';

interface RecentListProps {
  recent: RecentStudy[] | null;
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  /** Accessible name of the list, e.g. "Recent studies". */
  label: string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function openedWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/**
 * Recently opened studies. A file that was moved or deleted stays listed, greyed, so the user
 * learns where it went missing instead of wondering why it vanished; they can remove it.
 */
export function RecentList({ recent, onOpen, onForget, label }: RecentListProps) {
  if (recent === null) return <p className="muted">Loading recent studies…</p>;
  if (recent.length === 0) return <p className="muted empty-note">Studies you open will be listed here.</p>;
  return (
    <ul className="recent-list" aria-label={label}>
      {recent.map((study) => (
        <li key={study.path} className={study.exists ? 'recent-item' : 'recent-item recent-missing'}>
          {study.exists ? (
            <button type="button" className="recent-open" onClick={() => onOpen(study.path)} title={study.path}>
              <span className="recent-title">{study.title || 'Untitled study'}</span>
              <span className="recent-path">{study.path}</span>
              <span className="recent-when">{openedWhen(study.openedAt)}</span>
            </button>
          ) : (
            <>
              <div className="recent-open" aria-disabled="true">
                <span className="recent-title">{study.title || 'Untitled study'}</span>
                <span className="recent-path">{study.path}</span>
                <span className="recent-when">File not found — moved or deleted?</span>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => onForget(study.path)}
                aria-label={`Remove ${study.title || study.path} from list`}
              >
                Remove from list
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
