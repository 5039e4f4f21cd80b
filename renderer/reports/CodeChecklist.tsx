import { useMemo, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import { useT } from '../i18n/useT';

interface CodeChecklistProps {
  codes: Code[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** A filterable checklist of codes, indented by depth; ticking a parent counts its children too (roll-up). */
export function CodeChecklist({ codes, selected, onChange }: CodeChecklistProps) {
  const { t, number } = useT();
  const [query, setQuery] = useState('');
  const chosen = new Set(selected);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? codes.filter((c) => c.path.toLowerCase().includes(q)) : codes;
  }, [codes, query]);
  const toggle = (id: string) => onChange(chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <div className="report-checklist">
      <input
        type="search"
        placeholder={t('common.filterCodes')}
        aria-label={t('common.filterCodes')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul aria-label={t('reports.codesToInclude')}>
        {shown.map((c) => {
          const depth = c.path.split('/').length - 1;
          return (
            <li key={c.id} style={{ paddingLeft: query ? 0 : depth * 14 }}>
              <label>
                <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />
                <span className="report-swatch" style={{ background: c.color }} aria-hidden="true" />
                <span className="report-check-name">{query ? c.path : c.name}</span>
                <span className="report-check-count">{number(c.codings)}</span>
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="report-muted">{t('common.noCodeMatches', { query })}</li>}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="button-link" onClick={() => onChange([])}>
          {t('reports.clearChosen', { count: selected.length })}
        </button>
      )}
    </div>
  );
}
