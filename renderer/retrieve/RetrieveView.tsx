import { useId, useMemo, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import type { PassagesFormat, RetrieveSort } from '../../shared/domain/retrieve';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useIntl } from 'react-intl';
import { useLanguage, useT } from '../i18n/useT';
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

const SORTS: { value: RetrieveSort; label: MessageId }[] = [
  { value: 'session', label: 'retrieve.sortSession' },
  { value: 'speaker', label: 'common.speaker' },
  { value: 'length', label: 'retrieve.sortLength' },
  { value: 'coded', label: 'retrieve.sortCoded' },
];

/**
 * Every passage of the code selected in the codebook, across the whole study, read as quotes in
 * context: filtered by session, speaker, coder and participant attribute, sorted, and exported as
 * the same list. Filtering and sorting happen in the backend; this page only holds the choices.
 */
export function RetrieveView({ codeId, codes, settings, onSettings, onJump }: RetrieveViewProps) {
  const { t } = useT();
  const { locale: language } = useLanguage();
  // formatMessage rather than t() where a message wraps parts in markup (<kbd>, <strong>).
  const intl = useIntl();
  const people = usePeople();
  const titleId = useId();
  const exportVia = useExport();
  const code = codes.find((c) => c.id === codeId);
  const hasChildren = codes.some((c) => c.parentId === codeId);
  const colors = useMemo(() => new Map(codes.map((c) => [c.id, c.color])), [codes]);
  const { result, error, loading } = useRetrieve(code ? code.id : null, settings);
  const filtered = !isUnfiltered(settings.filter);
  const set = (change: Partial<RetrieveSettings>) => onSettings({ ...settings, ...change });
  // How many cards are drawn; back to one page whenever the list asked for changes.
  const listKey = JSON.stringify([codeId, settings]);
  const [shown, setShown] = useState({ key: listKey, count: PAGE });
  const limit = shown.key === listKey ? shown.count : PAGE;

  if (!code)
    return (
      <section className="retrieve" aria-label={t('common.passages')}>
        <div className="empty-state retrieve-empty">
          <h3>{t('retrieve.chooseCode')}</h3>
          <p>{intl.formatMessage({ id: 'retrieve.chooseCodeHint' }, { kbd: (key) => <kbd>{key}</kbd> })}</p>
        </div>
      </section>
    );

  const passages = result?.passages ?? null;
  const documents = new Set(passages?.map((p) => p.documentId)).size;
  // Respondents, as reports count them: the moderator asking the question is not a participant.
  const participants = new Set(passages?.flatMap((p) => p.participantIds)).size;
  const orphaned = passages?.filter((p) => p.status === 'orphaned').length ?? 0;
  const notes = passages?.filter((p) => p.kind === 'note').length ?? 0;
  const counts = { shown: passages?.length ?? 0, total: result?.total ?? 0, documents, participants, notes };
  const count =
    passages === null || result === null
      ? error
        ? ''
        : t('common.loadingPassages')
      : filtered
        ? t('retrieve.countFiltered', counts)
        : t('retrieve.count', counts);
  const exportAs = (format: PassagesFormat) =>
    void exportVia('retrieve:export', {
      codeId: code.id,
      includeChildren: settings.includeChildren,
      sort: settings.sort,
      filter: toQuery(settings.filter),
      format,
      language,
    });

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
              {t('retrieve.includeSubCodes')}
            </label>
          )}
          <label className="retrieve-sort">
            {t('retrieve.sortBy')}
            <select value={settings.sort} onChange={(e) => set({ sort: e.target.value as RetrieveSort })}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {t(s.label)}
                </option>
              ))}
            </select>
          </label>
          <MenuButton
            label={t('common.exportPassages')}
            className="button button-small"
            disabled={!passages || passages.length === 0}
            items={[
              { label: t('retrieve.exportCsv'), onSelect: () => exportAs('csv') },
              { label: t('retrieve.exportXlsx'), onSelect: () => exportAs('xlsx') },
              { label: t('retrieve.exportDocx'), onSelect: () => exportAs('docx') },
            ]}
          >
            {t('common.exportMenu')}
          </MenuButton>
        </div>
        <p className="retrieve-count" role="status">
          {count}
          {orphaned > 0 && <span className="retrieve-orphans"> · {t('retrieve.toReview', { count: orphaned })}</span>}
        </p>
        {result && <FilterBar options={result.options} filter={settings.filter} onFilter={(filter) => set({ filter })} />}
      </header>
      {code.definition && <p className="retrieve-definition">{code.definition}</p>}
      {error && (
        <div role="alert" className="inline-error retrieve-error">
          {error}
          {filtered && (
            <button type="button" className="button button-small" onClick={() => set({ filter: NO_FILTER })}>
              {t('retrieve.clearFilters')}
            </button>
          )}
        </div>
      )}
      <div className="retrieve-list">
        {result?.total === 0 && (
          <div className="retrieve-empty">
            <p>
              <strong>{t('retrieve.emptyCode', { name: code.name })}</strong>
            </p>
            <p>{t('retrieve.emptyCodeHint')}</p>
          </div>
        )}
        {result && result.total > 0 && passages?.length === 0 && (
          <div className="retrieve-empty">
            <p>
              {intl.formatMessage(
                { id: 'retrieve.noneMatch' },
                { strong: (words) => <strong>{words}</strong>, count: result.total, name: code.name },
              )}
            </p>
            <button type="button" className="button button-small" onClick={() => set({ filter: NO_FILTER })}>
              {t('retrieve.clearFilters')}
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
            {t('retrieve.showMore', { more: Math.min(PAGE, passages.length - limit), shown: limit, total: passages.length })}
          </button>
        )}
      </div>
    </section>
  );
}
