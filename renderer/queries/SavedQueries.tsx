import { useState } from 'react';
import type { SavedQuery } from '../../shared/domain/codingQuery';
import { useT } from '../i18n/useT';
import { useCall } from '../ui/useCall';

interface SavedQueriesProps {
  saved: SavedQuery[];
  /** What Save as keeps: the expression and restrictions on screen now. */
  current: Pick<SavedQuery, 'expression' | 'restrictions'>;
  onOpen(query: SavedQuery): void;
}

/**
 * The study's saved queries: open one (its expression and restrictions fill the form and it runs),
 * rename it in place, delete it (undoable, so no confirmation), or save what is on screen under a name.
 */
export function SavedQueries({ saved, current, onOpen }: SavedQueriesProps) {
  const { t } = useT();
  const call = useCall();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const saveAs = async () => {
    const r = await call('queries:save', { name, ...current });
    if (r.ok) setName('');
  };
  const rename = async () => {
    if (!renaming) return;
    const r = await call('queries:update', { id: renaming.id, name: renaming.name });
    if (r.ok) setRenaming(null);
  };

  return (
    <section className="query-saved" aria-label={t('queries.saved')}>
      <h3 className="query-subtitle">{t('queries.saved')}</h3>
      <form
        className="query-save"
        onSubmit={(e) => {
          e.preventDefault();
          void saveAs();
        }}
      >
        <input
          type="text"
          aria-label={t('queries.saveName')}
          placeholder={t('queries.saveName')}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button-small" disabled={name.trim() === '' || current.expression.trim() === ''}>
          {t('queries.saveAs')}
        </button>
      </form>
      {saved.length === 0 && <p className="query-none">{t('queries.savedNone')}</p>}
      <ul className="query-saved-list">
        {saved.map((q) => (
          <li key={q.id} className="query-saved-item">
            {renaming?.id === q.id ? (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename();
                }}
              >
                <input
                  type="text"
                  aria-label={t('queries.renameSaved', { name: q.name })}
                  value={renaming.name}
                  maxLength={200}
                  autoFocus
                  onChange={(e) => setRenaming({ id: q.id, name: e.target.value })}
                  onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                  onBlur={() => setRenaming(null)}
                />
              </form>
            ) : (
              <button
                type="button"
                className="button-link query-saved-open"
                title={q.expression}
                aria-label={t('queries.openSaved', { name: q.name })}
                onClick={() => onOpen(q)}
              >
                {q.name}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => setRenaming({ id: q.id, name: q.name })}>
              {t('common.rename')}
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={t('queries.deleteSaved', { name: q.name })}
              onClick={() => void call('queries:delete', { id: q.id })}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
