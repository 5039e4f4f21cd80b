import { useId, useMemo, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import type { PassagesFormat, RetrieveSort } from '../../shared/domain/retrieve';
import { plural } from '../ui/format';
import { MenuButton } from '../ui/Menu';
import { useExport } from '../ui/useExport';
import '../codebook/codebook.css';
import './retrieve.css';
import { FilterBar } from './FilterBar';
import { isUnfiltered, NO_FILTER, toQuery } from './filters';
import { PassageCard } from './PassageCard';
import { usePeople, useRetrieve, type RetrieveSettings } from './useRetrieve';

export interface RetrieveViewProps {
  /** The code selected in the codebook; null shows how to choose one. */
  codeId: string | null;
  codes: Code[];
  settings: RetrieveSettings;
  onSettings(settings: RetrieveSettings): void;
  onJump(documentId: string, start: number): void;
}

/** Cards drawn at first and per "Show more": a theme branch can hold thousands of passages. */
const PAGE = 100;

const SORTS: { value: RetrieveSort; label: string }[] = [
  { value: 'session', label: 'Session and time' },
  { value: 'speaker', label: 'Speaker' },
  { value: 'length', label: 'Length (longest first)' },
  { value: 'coded', label: 'Date coded (newest first)' },
];

/**
 * Every passage of the code selected in the codebook, across the whole study, read as quotes in
 * context: filtered by session, speaker, coder and participant attribute, sorted, and exported as
 * the same list. Filtering and sorting happen in the backend; this page only holds the choices.
 */
export function RetrieveView({ codeId, codes, settings, onSettings, onJump }: RetrieveViewProps) {
  const people = usePeople();
  const titleId = useId();
  const exportVia = useExport();
  const code = codes.find((c) => c.id === codeId);
  const hasChildren = codes.some((c) => c.parentId === codeId);
  const colors = useMemo(() => new Map(codes.map((c) => [c.id, c.color])), [codes]);
  // The codebook's counts change whenever codings of this code do: a cheap signal to fetch again.
  const { result, error, loading } = useRetrieve(code ? code.id : null, settings, `${code?.totalCodings}:${code?.path}`);
  const filtered = !isUnfiltered(settings.filter);
  const set = (change: Partial<RetrieveSettings>) => onSettings({ ...settings, ...change });
  // How many cards are drawn; back to one page whenever the list asked for changes.
  const listKey = JSON.stringify([codeId, settings]);
  const [shown, setShown] = useState({ key: listKey, count: PAGE });
  const limit = shown.key === listKey ? shown.count : PAGE;

  if (!code)
    return (
      <section className="retrieve" aria-label="Passages">
        <div className="empty-state retrieve-empty">
          <h3>Choose a code to read its passages</h3>
          <p>Click a code in the codebook on the left: every passage coded with it, across all sessions, appears here. Press <kbd>P</kbd> to go back to the transcript.</p>
        </div>
      </section>
    );

  const passages = result?.passages ?? null;
  const documents = new Set(passages?.map((p) => p.documentId)).size;
  // Respondents, as reports count them: the moderator asking the question is not a participant.
  const participants = new Set(passages?.flatMap((p) => p.participantIds)).size;
  const orphaned = passages?.filter((p) => p.status === 'orphaned').length ?? 0;
  const notes = passages?.filter((p) => p.kind === 'note').length ?? 0;
  const count =
    passages === null || result === null
      ? error
        ? ''
        : 'Loading passages…'
      : `${filtered ? `${passages.length} of ${plural(result.total, 'passage')}` : plural(passages.length, 'passage')} · ${plural(documents, 'document')} · ${plural(participants, 'participant')}${notes > 0 ? ` · ${plural(notes, 'live note')}` : ''}`;
  const exportAs = (format: PassagesFormat) =>
    void exportVia('retrieve:export', { codeId: code.id, includeChildren: settings.includeChildren, sort: settings.sort, filter: toQuery(settings.filter), format });

  return (
    <section className="retrieve" aria-labelledby={titleId} aria-busy={loading}>
      <header className="retrieve-header">
        <div className="retrieve-line">
          <h2 id={titleId} className="retrieve-title">
            <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden />
            <span className="retrieve-path">{code.path}</span>
          </h2>
          {hasChildren && (
            <label className="check-line retrieve-children">
              <input type="checkbox" checked={settings.includeChildren} onChange={(e) => set({ includeChildren: e.target.checked })} />
              Include sub-codes
            </label>
          )}
          <label className="retrieve-sort">
            Sort by
            <select value={settings.sort} onChange={(e) => set({ sort: e.target.value as RetrieveSort })}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <MenuButton
            label="Export passages"
            className="button button-small"
            disabled={!passages || passages.length === 0}
            items={[
              { label: 'CSV table (.csv)', onSelect: () => exportAs('csv') },
              { label: 'Excel workbook (.xlsx)', onSelect: () => exportAs('xlsx') },
              { label: 'Word document (.docx)', onSelect: () => exportAs('docx') },
            ]}
          >
            Export ▾
          </MenuButton>
        </div>
        <p className="retrieve-count" role="status">
          {count}
          {orphaned > 0 && <span className="retrieve-orphans"> · {orphaned} to review</span>}
        </p>
        {result && <FilterBar options={result.options} filter={settings.filter} onFilter={(filter) => set({ filter })} />}
      </header>
      {code.definition && <p className="retrieve-definition">{code.definition}</p>}
      {error && (
        <div role="alert" className="inline-error retrieve-error">
          {error}
          {filtered && (
            <button type="button" className="button button-small" onClick={() => set({ filter: NO_FILTER })}>
              Clear filters
            </button>
          )}
        </div>
      )}
      <div className="retrieve-list">
        {result?.total === 0 && (
          <div className="retrieve-empty">
            <p>
              <strong>No passages coded “{code.name}” yet.</strong>
            </p>
            <p>Select text in a transcript, then press the code’s pin key or Ctrl+K to apply it.</p>
          </div>
        )}
        {result && result.total > 0 && passages?.length === 0 && (
          <div className="retrieve-empty">
            <p>
              <strong>No passages match these filters.</strong> {plural(result.total, 'passage')} of “{code.name}” are hidden by them.
            </p>
            <button type="button" className="button button-small" onClick={() => set({ filter: NO_FILTER })}>
              Clear filters
            </button>
          </div>
        )}
        {passages?.slice(0, limit).map((p) => (
          <PassageCard
            key={p.codingId}
            passage={p}
            people={people.byId}
            attributes={people.attributes}
            rootPath={code.path}
            color={colors.get(p.codeId)}
            onJump={() => onJump(p.documentId, p.start)}
          />
        ))}
        {passages && passages.length > limit && (
          <button type="button" className="button retrieve-more" onClick={() => setShown({ key: listKey, count: limit + PAGE })}>
            Show {Math.min(PAGE, passages.length - limit)} more ({limit} of {passages.length} shown; the export holds all)
          </button>
        )}
      </div>
    </section>
  );
}
