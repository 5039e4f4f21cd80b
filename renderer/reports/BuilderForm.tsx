import { SESSION_KIND_MESSAGES } from '../../shared/domain/sessionWords';
import type { Code } from '../../shared/domain/coding';
import { SESSION_KINDS, type Attribute, type Participant, type Session } from '../../shared/domain/study';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { ReportDefinition } from '../../shared/reports/definition';
import { useT } from '../i18n/useT';
import { LOCALES, LOCALE_NAMES } from '../../shared/i18n/locales';
import { Field } from '../ui/Field';
import { CodeChecklist } from './CodeChecklist';
import { filterGroups, toggled } from './filterOptions';

interface BuilderFormProps {
  definition: ReportDefinition;
  onChange: (next: ReportDefinition) => void;
  codes: Code[];
  sessions: Session[];
  attributes: Attribute[];
  participants: Participant[];
  /** Users who made codings, with how many. */
  coders: Coder[];
}

/** A user as the coder filter lists them. */
export interface Coder {
  id: string;
  name: string;
  codings: number;
}

type CodeMode = 'all' | 'pick' | 'branch';
const DOC_KINDS: { kind: ReportDefinition['filters']['documentKinds'][number]; label: MessageId }[] = [
  { kind: 'transcript', label: 'common.transcripts' },
  { kind: 'notes', label: 'common.liveNotes' },
];
const CODE_MODE_LABEL: Record<CodeMode, MessageId> = { all: 'reports.allCodes', pick: 'reports.pickCodes', branch: 'reports.aBranch' };

/** The left column: what the report counts (codes, filters) and how quotes are shown. */
export function BuilderForm({ definition: def, onChange, codes, sessions, attributes, participants, coders }: BuilderFormProps) {
  const translator = useT();
  const { t, number, date } = translator;
  const mode: CodeMode = def.branchId ? 'branch' : def.codeIds.length > 0 ? 'pick' : 'all';
  const filters = def.filters;
  const setFilters = (patch: Partial<ReportDefinition['filters']>) => onChange({ ...def, filters: { ...filters, ...patch } });
  const setMode = (m: CodeMode) => {
    if (m === 'all') onChange({ ...def, codeIds: [], branchId: null });
    if (m === 'branch') onChange({ ...def, codeIds: [], branchId: codes.find((c) => c.parentId === null)?.id ?? null });
    if (m === 'pick') onChange({ ...def, branchId: null, codeIds: codes.slice(0, 1).map((c) => c.id) });
  };
  const groupable = attributes.filter((a) => a.type === 'category' || a.type === 'score' || a.type === 'text' || a.type === 'number');
  const attrValue = (attributeId: string) => filters.participants.find((f) => f.attributeId === attributeId)?.values ?? [];
  const setAttrValues = (attributeId: string, values: (string | number)[]) => {
    const rest = filters.participants.filter((f) => f.attributeId !== attributeId);
    setFilters({ participants: values.length > 0 ? [...rest, { attributeId, values }] : rest });
  };
  const parents = codes.filter((c) => codes.some((k) => k.parentId === c.id));

  return (
    <form className="report-builder" aria-label={t('reports.definitionLabel')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('reports.reportName')}>
        {(id) => (
          <input id={id} type="text" maxLength={200} value={def.title} onChange={(e) => onChange({ ...def, title: e.target.value })} />
        )}
      </Field>
      <Field label={t('reports.reportLanguage')}>
        {(id) => (
          <select
            id={id}
            value={def.language}
            title={t('reports.reportLanguageHint')}
            onChange={(e) => onChange({ ...def, language: LOCALES.find((l) => l === e.target.value) ?? 'en' })}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l} translate="no">
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="report-group">
        <legend>{t('common.codes')}</legend>
        <div className="report-segmented" role="radiogroup" aria-label={t('reports.whichCodes')}>
          {(['all', 'pick', 'branch'] as const).map((m) => (
            <label key={m} className={mode === m ? 'is-on' : ''}>
              <input type="radio" name="code-mode" checked={mode === m} onChange={() => setMode(m)} />
              {t(CODE_MODE_LABEL[m])}
            </label>
          ))}
        </div>
        {mode === 'pick' && <CodeChecklist codes={codes} selected={def.codeIds} onChange={(codeIds) => onChange({ ...def, codeIds })} />}
        {mode === 'branch' && (
          <Field label={t('reports.branch')}>
            {(id) => (
              <select id={id} value={def.branchId ?? ''} onChange={(e) => onChange({ ...def, branchId: e.target.value || null })}>
                {(parents.length > 0 ? parents : codes).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.path}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </fieldset>

      <fieldset className="report-group">
        <legend>{t('common.participants')}</legend>
        <label className="report-inline-check" title={t('reports.includeNonRespondentsHint')}>
          <input
            type="checkbox"
            checked={filters.includeNonRespondents}
            onChange={(e) => setFilters({ includeNonRespondents: e.target.checked })}
          />
          {t('reports.includeNonRespondents')}
        </label>
        {groupable.map((a) => {
          const groups = filterGroups(
            a,
            participants.map((p) => p.values[a.id]),
            translator,
          );
          if (!groups) return null;
          const chosen = attrValue(a.id);
          return (
            <div key={a.id} className="report-chips" role="group" aria-label={a.name}>
              <span className="report-chips-label">{a.name}</span>
              {groups.map((g) => (
                <label key={g.key} className={chosen.includes(g.key) ? 'chip-toggle is-on' : 'chip-toggle'}>
                  <input type="checkbox" checked={chosen.includes(g.key)} onChange={() => setAttrValues(a.id, toggled(chosen, g.key))} />
                  {g.label}
                </label>
              ))}
            </div>
          );
        })}
        {groupable.length === 0 && <p className="report-muted">{t('reports.noAttributes')}</p>}
      </fieldset>

      <fieldset className="report-group">
        <legend>{t('common.sessions')}</legend>
        <div className="report-chips" role="group" aria-label={t('reports.sessionKinds')}>
          <span className="report-chips-label">{t('reports.kinds')}</span>
          {SESSION_KINDS.filter((k) => sessions.some((s) => s.kind === k)).map((k) => (
            <label key={k} className={filters.sessionKinds.includes(k) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input
                type="checkbox"
                checked={filters.sessionKinds.includes(k)}
                onChange={() => setFilters({ sessionKinds: toggled(filters.sessionKinds, k) })}
              />
              {t(SESSION_KIND_MESSAGES[k])}
            </label>
          ))}
        </div>
        <details className="report-details">
          <summary>{t('reports.onlySomeSessions', { count: filters.sessionIds.length })}</summary>
          <ul className="report-session-list" aria-label={t('reports.sessionsToInclude')}>
            {sessions.map((s) => (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={filters.sessionIds.includes(s.id)}
                    onChange={() => setFilters({ sessionIds: toggled(filters.sessionIds, s.id) })}
                  />
                  {s.title}
                  {s.date && (
                    <span className="report-muted"> · {date(`${s.date}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </details>
        <div className="form-row">
          <Field label={t('common.from')}>
            {(id) => (
              <input
                id={id}
                type="date"
                value={filters.dateFrom ?? ''}
                onChange={(e) => setFilters({ dateFrom: e.target.value || null })}
              />
            )}
          </Field>
          <Field label={t('common.to')}>
            {(id) => (
              <input id={id} type="date" value={filters.dateTo ?? ''} onChange={(e) => setFilters({ dateTo: e.target.value || null })} />
            )}
          </Field>
        </div>
        <div className="report-chips" role="group" aria-label={t('common.documents')}>
          <span className="report-chips-label">{t('common.documents')}</span>
          {DOC_KINDS.map(({ kind, label }) => (
            <label key={kind} className={filters.documentKinds.includes(kind) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input
                type="checkbox"
                checked={filters.documentKinds.includes(kind)}
                onChange={() => setFilters({ documentKinds: toggled(filters.documentKinds, kind) })}
              />
              {t(label)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="report-group">
        <legend>{t('reports.coders')}</legend>
        <div className="report-chips" role="group" aria-label={t('reports.codedBy')}>
          <span className="report-chips-label">{t('reports.codedByHint')}</span>
          {coders.map((c) => (
            <label
              key={c.id}
              className={filters.coderIds.includes(c.id) ? 'chip-toggle is-on' : 'chip-toggle'}
              title={t('reports.coderTitle', { count: c.codings, name: c.name })}
            >
              <input
                type="checkbox"
                checked={filters.coderIds.includes(c.id)}
                onChange={() => setFilters({ coderIds: toggled(filters.coderIds, c.id) })}
              />
              {c.name} <span className="chip-count">{number(c.codings)}</span>
            </label>
          ))}
        </div>
        {coders.length === 0 && <p className="report-muted">{t('reports.noCodingsYet')}</p>}
      </fieldset>

      <fieldset className="report-group">
        <legend>{t('reports.breakdown')}</legend>
        <div className="report-chips" role="group" aria-label={t('reports.breakDownBy')}>
          <span className="report-chips-label">{t('reports.breakDownByHint')}</span>
          {groupable.map((a) => (
            <label key={a.id} className={def.breakdownAttributeIds.includes(a.id) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input
                type="checkbox"
                checked={def.breakdownAttributeIds.includes(a.id)}
                onChange={() => onChange({ ...def, breakdownAttributeIds: toggled(def.breakdownAttributeIds, a.id) })}
              />
              {a.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="report-group">
        <legend>{t('report.tableQuotes')}</legend>
        <div className="report-chips" role="group" aria-label={t('reports.quoteAttributes')}>
          <span className="report-chips-label">{t('reports.showWithSpeaker')}</span>
          {attributes.map((a) => (
            <label key={a.id} className={def.quotes.attributeIds.includes(a.id) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input
                type="checkbox"
                checked={def.quotes.attributeIds.includes(a.id)}
                onChange={() => onChange({ ...def, quotes: { ...def.quotes, attributeIds: toggled(def.quotes.attributeIds, a.id) } })}
              />
              {a.name}
            </label>
          ))}
        </div>
        <div className="form-row">
          <Field label={t('reports.quotesPerTheme')} className="field-narrow">
            {(id) => (
              <input
                id={id}
                type="number"
                min={0}
                max={50}
                value={def.quotes.perTheme}
                onChange={(e) =>
                  onChange({
                    ...def,
                    quotes: { ...def.quotes, perTheme: Math.max(0, Math.min(50, Math.trunc(Number(e.target.value) || 0))) },
                  })
                }
              />
            )}
          </Field>
          <label className="report-inline-check">
            <input
              type="checkbox"
              checked={def.quotes.onePerParticipant}
              onChange={(e) => onChange({ ...def, quotes: { ...def.quotes, onePerParticipant: e.target.checked } })}
            />
            {t('reports.onePerParticipant')}
          </label>
        </div>
        <label className="report-inline-check" title={t('reports.includeNotesHint')}>
          <input
            type="checkbox"
            checked={def.quotes.includeNotes}
            onChange={(e) => onChange({ ...def, quotes: { ...def.quotes, includeNotes: e.target.checked } })}
          />
          {t('reports.includeNotes')}
        </label>
      </fieldset>
    </form>
  );
}
