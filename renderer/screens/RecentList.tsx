import type { RecentStudy } from '../../shared/domain/study';
import { useT } from '../i18n/useT';

interface RecentListProps {
  recent: RecentStudy[] | null;
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  /** Accessible name of the list, e.g. "Recent studies". */
  label: string;
}

/**
 * Recently opened studies. A file that was moved or deleted stays listed, greyed, so the user
 * learns where it went missing instead of wondering why it vanished; they can remove it.
 */
export function RecentList({ recent, onOpen, onForget, label }: RecentListProps) {
  const { t, date } = useT();
  const openedWhen = (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? '' : date(iso, { dateStyle: 'medium', timeStyle: 'short' }));
  if (recent === null) return <p className="muted">{t('screens.recentLoading')}</p>;
  if (recent.length === 0) return <p className="muted empty-note">{t('screens.recentEmpty')}</p>;
  return (
    <ul className="recent-list" aria-label={label}>
      {recent.map((study) => (
        <li key={study.path} className={study.exists ? 'recent-item' : 'recent-item recent-missing'}>
          {study.exists ? (
            <button type="button" className="recent-open" onClick={() => onOpen(study.path)}>
              <span className="recent-title">{study.title || t('common.untitledStudy')}</span>
              {/* The full path as a tooltip on the (clipped) path: a path is not a message, so not on the button. */}
              <span className="recent-path" translate="no" title={study.path}>
                {study.path}
              </span>
              <span className="recent-when">{openedWhen(study.openedAt)}</span>
            </button>
          ) : (
            <>
              <div className="recent-open" aria-disabled="true">
                <span className="recent-title">{study.title || t('common.untitledStudy')}</span>
                <span className="recent-path" translate="no">
                  {study.path}
                </span>
                <span className="recent-when">{t('screens.recentMissing')}</span>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => onForget(study.path)}
                aria-label={t('screens.recentRemoveNamed', { name: study.title || study.path })}
              >
                {t('screens.recentRemove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
