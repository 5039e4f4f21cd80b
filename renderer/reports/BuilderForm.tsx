import type { Code } from '../../shared/domain/coding';
import { SESSION_KIND_LABELS, SESSION_KINDS, type Attribute, type Participant, type Session } from '../../shared/domain/study';
import type { ReportDefinition } from '../../shared/reports/definition';
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
const DOC_KINDS: { kind: ReportDefinition['filters']['documentKinds'][number]; label: string }[] = [
  { kind: 'transcript', label: 'Transcripts' },
  { kind: 'notes', label: 'Live notes' },
];

/** The left column: what the report counts (codes, filters) and how quotes are shown. */
export function BuilderForm({ definition: def, onChange, codes, sessions, attributes, participants, coders }: BuilderFormProps) {
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
    <form className="report-builder" aria-label="Report definition" onSubmit={(e) => e.preventDefault()}>
      <Field label="Report name">
        {(id) => <input id={id} type="text" maxLength={200} value={def.title} onChange={(e) => onChange({ ...def, title: e.target.value })} />}
      </Field>

      <fieldset className="report-group">
        <legend>Codes</legend>
        <div className="report-segmented" role="radiogroup" aria-label="Which codes">
          {(['all', 'pick', 'branch'] as const).map((m) => (
            <label key={m} className={mode === m ? 'is-on' : ''}>
              <input type="radio" name="code-mode" checked={mode === m} onChange={() => setMode(m)} />
              {m === 'all' ? 'All codes' : m === 'pick' ? 'Pick codes' : 'A branch'}
            </label>
          ))}
        </div>
        {mode === 'pick' && <CodeChecklist codes={codes} selected={def.codeIds} onChange={(codeIds) => onChange({ ...def, codeIds })} />}
        {mode === 'branch' && (
          <Field label="Branch">
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
        <legend>Participants</legend>
        <label className="report-inline-check" title="By their role in each session. Off: only respondents are counted and quoted.">
          <input type="checkbox" checked={filters.includeNonRespondents} onChange={(e) => setFilters({ includeNonRespondents: e.target.checked })} />
          Count moderators, observers and note-takers as participants
        </label>
        {groupable.map((a) => {
          const groups = filterGroups(a, participants.map((p) => p.values[a.id]));
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
        {groupable.length === 0 && <p className="report-muted">No participant attributes yet.</p>}
      </fieldset>

      <fieldset className="report-group">
        <legend>Sessions</legend>
        <div className="report-chips" role="group" aria-label="Session kinds">
          <span className="report-chips-label">Kinds</span>
          {SESSION_KINDS.filter((k) => sessions.some((s) => s.kind === k)).map((k) => (
            <label key={k} className={filters.sessionKinds.includes(k) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input type="checkbox" checked={filters.sessionKinds.includes(k)} onChange={() => setFilters({ sessionKinds: toggled(filters.sessionKinds, k) })} />
              {SESSION_KIND_LABELS[k]}
            </label>
          ))}
        </div>
        <details className="report-details">
          <summary>
            Only some sessions{filters.sessionIds.length > 0 ? ` (${filters.sessionIds.length} chosen)` : ''}
          </summary>
          <ul className="report-session-list" aria-label="Sessions to include">
            {sessions.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={filters.sessionIds.includes(s.id)} onChange={() => setFilters({ sessionIds: toggled(filters.sessionIds, s.id) })} />
                  {s.title}
                  {s.date && <span className="report-muted"> · {s.date}</span>}
                </label>
              </li>
            ))}
          </ul>
        </details>
        <div className="form-row">
          <Field label="From">
            {(id) => <input id={id} type="date" value={filters.dateFrom ?? ''} onChange={(e) => setFilters({ dateFrom: e.target.value || null })} />}
          </Field>
          <Field label="To">
            {(id) => <input id={id} type="date" value={filters.dateTo ?? ''} onChange={(e) => setFilters({ dateTo: e.target.value || null })} />}
          </Field>
        </div>
        <div className="report-chips" role="group" aria-label="Documents">
          <span className="report-chips-label">Documents</span>
          {DOC_KINDS.map(({ kind, label }) => (
            <label key={kind} className={filters.documentKinds.includes(kind) ? 'chip-toggle is-on' : 'chip-toggle'}>
              <input type="checkbox" checked={filters.documentKinds.includes(kind)} onChange={() => setFilters({ documentKinds: toggled(filters.documentKinds, kind) })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="report-group">
        <legend>Coders</legend>
        <div className="report-chips" role="group" aria-label="Coded by">
          <span className="report-chips-label">Coded by (none ticked = everyone)</span>
          {coders.map((c) => (
            <label key={c.id} className={filters.coderIds.includes(c.id) ? 'chip-toggle is-on' : 'chip-toggle'} title={`${c.codings} codings by ${c.name}`}>
              <input type="checkbox" checked={filters.coderIds.includes(c.id)} onChange={() => setFilters({ coderIds: toggled(filters.coderIds, c.id) })} />
              {c.name} <span className="chip-count">{c.codings}</span>
            </label>
          ))}
        </div>
        {coders.length === 0 && <p className="report-muted">No codings yet.</p>}
      </fieldset>

      <fieldset className="report-group">
        <legend>Breakdown</legend>
        <div className="report-chips" role="group" aria-label="Break down by">
          <span className="report-chips-label">Break down by (none ticked = all)</span>
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
        <legend>Quotes</legend>
        <div className="report-chips" role="group" aria-label="Attributes shown with quotes">
          <span className="report-chips-label">Show with speaker</span>
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
          <Field label="Quotes per theme" className="field-narrow">
            {(id) => (
              <input
                id={id}
                type="number"
                min={0}
                max={50}
                value={def.quotes.perTheme}
                onChange={(e) => onChange({ ...def, quotes: { ...def.quotes, perTheme: Math.max(0, Math.min(50, Math.trunc(Number(e.target.value) || 0))) } })}
              />
            )}
          </Field>
          <label className="report-inline-check">
            <input
              type="checkbox"
              checked={def.quotes.onePerParticipant}
              onChange={(e) => onChange({ ...def, quotes: { ...def.quotes, onePerParticipant: e.target.checked } })}
            />
            At most one per participant
          </label>
        </div>
        <label className="report-inline-check" title="Live notes are the note-taker's words: they are shown as notes, never as quotations.">
          <input type="checkbox" checked={def.quotes.includeNotes} onChange={(e) => onChange({ ...def, quotes: { ...def.quotes, includeNotes: e.target.checked } })} />
          Show live notes (marked as notes)
        </label>
      </fieldset>
    </form>
  );
}
