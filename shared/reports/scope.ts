import type { ReportData, ReportCoding } from './data';
import type { ReportDefinition } from './definition';
import { groupKey } from './scales';
import type { Translator } from '../i18n/translator';

/** The part of the study a report counts, after its filters. */
export interface Scope {
  /**
   * Codings that pass every filter and belong to a selected code; participantIds narrowed to people
   * in scope (respondents first, then, when included, moderators, observers and note-takers).
   */
  codings: ReportCoding[];
  /** Participants in scope: the n of every share. */
  participants: Set<string>;
  /** Selected codes in codebook order. */
  codeIds: string[];
  sessionOfDocument: Map<string, string | null>;
  note: string;
}

/**
 * Applies a definition's filters. A participant filter narrows both the people counted and the
 * codings (a coding stays when at least one of its speakers matches); codings nobody spoke
 * (moderator notes without a speaker) drop out once such a filter is set, since nobody can say
 * whether they match. Unless the definition includes them, moderators, observers and note-takers
 * are not counted, and a coding of their words alone (no respondent's) drops out.
 */
export function applyScope(data: ReportData, def: ReportDefinition, tr: Translator): Scope {
  const f = def.filters;
  const notes: string[] = [];
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const sessionFiltered = f.sessionIds.length > 0 || f.sessionKinds.length > 0 || f.dateFrom !== null || f.dateTo !== null;
  const sessionOk = (id: string | null): boolean => {
    if (!sessionFiltered) return true;
    const s = id === null ? undefined : sessions.get(id);
    if (!s) return false;
    if (f.sessionIds.length > 0 && !f.sessionIds.includes(s.id)) return false;
    if (f.sessionKinds.length > 0 && !f.sessionKinds.includes(s.kind)) return false;
    if ((f.dateFrom !== null || f.dateTo !== null) && s.date === null) return false;
    if (f.dateFrom !== null && s.date! < f.dateFrom) return false;
    if (f.dateTo !== null && s.date! > f.dateTo) return false;
    return true;
  };
  const or = (items: string[]) => new Intl.ListFormat(tr.tag, { type: 'disjunction' }).format(items);
  const and = (items: string[]) => new Intl.ListFormat(tr.tag, { type: 'conjunction', style: 'narrow' }).format(items);
  if (f.sessionIds.length > 0) notes.push(tr.t('report.scopeSessions', { count: f.sessionIds.length }));
  if (f.sessionKinds.length > 0) notes.push(tr.t('report.scopeSessionKinds', { kinds: and(f.sessionKinds) }));
  if (f.dateFrom !== null || f.dateTo !== null) notes.push(tr.t('report.scopeDates', { from: f.dateFrom ?? '…', to: f.dateTo ?? '…' }));
  if (f.documentKinds.length > 0) notes.push(tr.t('report.scopeDocuments', { kinds: and(f.documentKinds) }));
  if (f.coderIds.length > 0) {
    const names = new Map(data.coders.map((u) => [u.id, u.name]));
    notes.push(tr.t('report.scopeCoders', { coders: or(f.coderIds.map((id) => names.get(id) ?? tr.t('report.scopeUnknownCoder'))) }));
  }

  const docs = new Map<string, string | null>();
  const docOk = new Set<string>();
  for (const d of data.documents) {
    docs.set(d.id, d.sessionId);
    if ((f.documentKinds.length === 0 || f.documentKinds.includes(d.kind)) && sessionOk(d.sessionId)) docOk.add(d.id);
  }

  const attrs = new Map(data.attributes.map((a) => [a.id, a]));
  const personOk = new Set<string>();
  for (const p of data.participants) {
    const ok = f.participants.every((rule) => {
      const attr = attrs.get(rule.attributeId);
      const v = p.values[rule.attributeId];
      if (!attr || v === null || v === undefined) return false;
      const key = groupKey(attr, v);
      return rule.values.some(
        (want) => want === v || String(want) === String(v) || (key !== null && String(want).toLowerCase() === key.toLowerCase()),
      );
    });
    if (ok) personOk.add(p.id);
  }
  for (const rule of f.participants)
    notes.push(
      tr.t('report.scopeParticipants', {
        attribute: attrs.get(rule.attributeId)?.name ?? tr.t('report.scopeAnAttribute'),
        values: or(rule.values.map(String)),
      }),
    );

  const selected = selectCodes(data, def);
  const selectedSet = new Set(selected);
  const coders = new Set(f.coderIds);
  const participants = new Set<string>();
  const everyone = f.includeNonRespondents;
  for (const p of data.participants) {
    if (!personOk.has(p.id)) continue;
    if (p.sessionIds.some(sessionOk) || (everyone && p.nonRespondentSessionIds.some(sessionOk))) participants.add(p.id);
  }
  const codings: ReportCoding[] = [];
  let othersOnly = 0;
  for (const c of data.codings) {
    if (!docOk.has(c.documentId)) continue;
    if (coders.size > 0 && (c.coderId === null || !coders.has(c.coderId))) continue;
    let people = c.participantIds;
    if (c.nonRespondentIds.length > 0) {
      if (everyone) people = [...people, ...c.nonRespondentIds];
      else if (people.length === 0) {
        if (selectedSet.has(c.codeId)) othersOnly++;
        continue;
      }
    }
    if (f.participants.length > 0) {
      people = people.filter((p) => personOk.has(p));
      if (people.length === 0) continue;
    }
    for (const p of people) participants.add(p);
    if (selectedSet.has(c.codeId)) codings.push(people === c.participantIds ? c : { ...c, participantIds: people });
  }
  const filtered = notes.length === 0 ? null : tr.t('report.scopeOnly', { notes: notes.join('; ') });
  let people = '';
  if (everyone) people = tr.t('report.scopeEveryone');
  else if (othersOnly > 0) people = tr.t('report.scopeRespondentsOnly', { count: othersOnly });
  return {
    codings,
    participants,
    codeIds: selected,
    sessionOfDocument: docs,
    note: [filtered ?? (othersOnly > 0 && !everyone ? '' : tr.t('report.scopeAll')), people].filter(Boolean).join(' '),
  };
}

/** The codes a report covers: all, a branch, or a chosen list (a chosen list inside a branch narrows it). */
export function selectCodes(data: ReportData, def: ReportDefinition): string[] {
  let ids = data.codes.map((c) => c.id);
  if (def.branchId !== null) {
    const branch = new Set([def.branchId]);
    for (const c of data.codes) if (c.parentId !== null && branch.has(c.parentId)) branch.add(c.id);
    ids = ids.filter((id) => branch.has(id));
  }
  if (def.codeIds.length > 0) {
    const chosen = new Set(def.codeIds);
    ids = ids.filter((id) => chosen.has(id));
  }
  return ids;
}
