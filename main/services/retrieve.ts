import type { RetrievedPassage } from '../../shared/domain/coding';
import type { RetrieveFilter, RetrieveOptions, RetrieveResult, RetrieveSort } from '../../shared/domain/retrieve';
import type { Attribute, Participant, SessionRole } from '../../shared/domain/study';
import { attributeGroups, groupKey } from '../../shared/reports/scales';
import type { UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
import { overlappingTurns, type TurnSpan } from '../../shared/domain/turnIndex';
import { AppError } from '../../shared/errors';
import type { TurnRow } from '../db/repos/documentsRepo';
import { branchIds, buildCodebook } from './codeTree';
import { respondentTestOf } from './respondents';
import type { Study } from './study';

/** How much of the turns around a quote the view shows on each side (UTF-16 code units). */
const CONTEXT = 280;

/** The speaker filter's key of a person: their participant id, or the label a transcript kept. */
const speakerKey = (participantId: string | null, label: string) => (participantId ? `p:${participantId}` : `l:${label}`);

interface LoadedDocument {
  title: string;
  kind: RetrievedPassage['kind'];
  sessionId: string | null;
  text: string;
  turns: TurnRow[];
  spans: TurnSpan[];
}

/** The text just before `[start, end)` inside its turns, cut to {@link CONTEXT} without splitting an emoji. */
function contextOf(doc: LoadedDocument, turns: TurnRow[], start: number, end: number): RetrievedPassage['context'] {
  if (turns.length === 0) return { before: '', after: '' };
  const from = Math.max(turns[0]!.start_offset, start - CONTEXT);
  const to = Math.min(turns.at(-1)!.end_offset, end + CONTEXT);
  let before = doc.text.slice(from, start);
  let after = doc.text.slice(end, to);
  if (/^[\udc00-\udfff]/.test(before)) before = before.slice(1);
  if (/[\ud800-\udbff]$/.test(after)) after = after.slice(0, -1);
  const cutBefore = from > turns[0]!.start_offset;
  const cutAfter = to < turns.at(-1)!.end_offset;
  return { before: `${cutBefore ? '…' : ''}${before}`, after: `${after}${cutAfter ? '…' : ''}` };
}

/** Every passage coded with the code (and, if asked, its sub-codes), unfiltered and unsorted. */
function collect(study: Study, codeId: string, includeChildren: boolean): RetrievedPassage[] {
  const { repos } = study;
  const rows = repos.codes.all();
  if (!rows.some((r) => r.id === codeId)) throw new AppError('NOT_FOUND', 'editing.codeGone');
  const ids = includeChildren ? branchIds(rows, codeId) : new Set([codeId]);
  const paths = new Map(buildCodebook(rows, new Map(), []).map((c) => [c.id, c.path]));
  const sessions = new Map(repos.sessions.list().map((s) => [s.id, s]));
  const everyone = repos.participants.list();
  const people = new Map(everyone.map((p) => [p.id, p]));
  const isRespondentIn = respondentTestOf(study, everyone);
  const roleIn = (p: Participant | undefined, sessionId: string | null): SessionRole | null =>
    (p && sessionId ? p.sessions.find((m) => m.sessionId === sessionId)?.role : undefined) ?? null;
  const coders = repos.codings.coderNames();
  const docs = new Map<string, LoadedDocument>();
  const load = (id: string): LoadedDocument => {
    let doc = docs.get(id);
    if (!doc) {
      const row = repos.documents.get(id)!;
      const turns = repos.documents.turns(id);
      const kind = row.kind === 'notes' ? 'note' : 'transcript';
      doc = {
        title: row.title,
        kind,
        sessionId: row.session_id,
        text: row.plain_text,
        turns,
        spans: turns.map((t) => ({ start: t.start_offset, end: t.end_offset })),
      };
      docs.set(id, doc);
    }
    return doc;
  };
  const out: RetrievedPassage[] = [];
  for (const id of ids)
    for (const c of repos.codings.byCode(id)) {
      const doc = load(c.document_id);
      const turns = overlappingTurns(doc.spans, c.start_offset, c.end_offset).map((i) => doc.turns[i]!);
      const who = new Map<string, RetrievedPassage['people'][number]>();
      for (const t of turns) {
        const p = t.participant_id ? people.get(t.participant_id) : undefined;
        const name = p?.displayName ?? t.speaker_label;
        if (!name) continue;
        const key = speakerKey(p ? p.id : null, name);
        if (!who.has(key)) who.set(key, { key, name, participantId: p?.id ?? null, role: roleIn(p, doc.sessionId) });
      }
      const session = doc.sessionId ? sessions.get(doc.sessionId) : undefined;
      out.push({
        codingId: c.id,
        codeId: c.code_id,
        codePath: paths.get(c.code_id) ?? '',
        documentId: c.document_id,
        documentTitle: doc.title,
        sessionId: doc.sessionId,
        sessionTitle: session?.title ?? null,
        sessionDate: session?.date ?? null,
        start: c.start_offset,
        end: c.end_offset,
        quote: c.quote,
        speakers: [...who.values()].map((w) => w.name),
        // Respondents only, as reports count them: the moderator's attributes describe no customer.
        participantIds: [...who.values()].flatMap((w) =>
          w.participantId && isRespondentIn(c.document_id, w.participantId) ? [w.participantId] : [],
        ),
        people: [...who.values()],
        status: c.status,
        kind: doc.kind,
        coderId: c.coder_id,
        coder: c.coder_id ? (coders.get(c.coder_id) ?? null) : null,
        codedAt: c.created_at,
        startMs: turns[0]?.start_ms ?? null,
        context: c.status === 'anchored' ? contextOf(doc, turns, c.start_offset, c.end_offset) : null,
      });
    }
  return out;
}

/** Sessions in reading order: by date (undated last), then title; passages outside a session last. */
export function sessionRank(study: Study): (sessionId: string | null) => number {
  const ordered = study.repos.sessions
    .list()
    .sort(
      (a, b) =>
        (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.title.localeCompare(b.title) || a.createdAt.localeCompare(b.createdAt),
    );
  const rank = new Map(ordered.map((s, i) => [s.id, i]));
  return (id) => (id ? (rank.get(id) ?? ordered.length) : ordered.length + 1);
}

function sortPassages(study: Study, passages: RetrievedPassage[], sort: RetrieveSort): RetrievedPassage[] {
  const rank = sessionRank(study);
  const inOrder = (a: RetrievedPassage, b: RetrievedPassage) =>
    rank(a.sessionId) - rank(b.sessionId) ||
    a.documentTitle.localeCompare(b.documentTitle) ||
    a.documentId.localeCompare(b.documentId) ||
    a.start - b.start ||
    a.end - b.end;
  // Passages nobody is named on go after the named ones.
  const firstName = (p: RetrievedPassage) => p.people[0]?.name ?? '\uffff';
  const by: Record<RetrieveSort, (a: RetrievedPassage, b: RetrievedPassage) => number> = {
    session: inOrder,
    speaker: (a, b) => firstName(a).localeCompare(firstName(b)) || inOrder(a, b),
    length: (a, b) => b.quote.length - a.quote.length || inOrder(a, b),
    coded: (a, b) => b.codedAt.localeCompare(a.codedAt) || inOrder(a, b),
  };
  return passages.sort(by[sort]);
}

/** The attribute groups each passage's people fall in, per attribute. */
function groupsOf(passage: RetrievedPassage, attribute: Attribute, people: Map<string, Participant>): Set<string> {
  const keys = new Set<string>();
  for (const id of passage.participantIds) {
    const key = groupKey(attribute, people.get(id)?.values[attribute.id]);
    if (key !== null) keys.add(key);
  }
  return keys;
}

function options(
  study: Study,
  passages: RetrievedPassage[],
  attributes: Attribute[],
  people: Map<string, Participant>,
  tr: Translator,
): RetrieveOptions {
  const count = <K, V extends { count: number }>(map: Map<K, V>, key: K, make: () => Omit<V, 'count'>) => {
    const entry = map.get(key) ?? ({ ...make(), count: 0 } as V);
    entry.count += 1;
    map.set(key, entry);
  };
  const sessions = new Map<string, RetrieveOptions['sessions'][number]>();
  const speakers = new Map<string, RetrieveOptions['speakers'][number]>();
  const coders = new Map<string, RetrieveOptions['coders'][number]>();
  for (const p of passages) {
    if (p.sessionId) count(sessions, p.sessionId, () => ({ id: p.sessionId!, title: p.sessionTitle ?? '' }));
    for (const who of p.people) count(speakers, who.key, () => ({ key: who.key, name: who.name, role: who.role }));
    if (p.coderId) count(coders, p.coderId, () => ({ id: p.coderId!, name: p.coder ?? '' }));
  }
  const rank = sessionRank(study);
  const attributeOptions = attributes.flatMap((a) => {
    const groups = attributeGroups(
      a,
      passages.flatMap((p) => p.participantIds.map((id) => people.get(id)?.values[a.id] ?? null)),
      tr,
    );
    if (!groups) return [];
    const counts = new Map<string, number>();
    for (const p of passages) for (const key of groupsOf(p, a, people)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const values = groups.filter((g) => counts.has(g.key)).map((g) => ({ key: g.key, label: g.label, count: counts.get(g.key)! }));
    return values.length > 0 ? [{ id: a.id, name: a.name, values }] : [];
  });
  return {
    sessions: [...sessions.values()].sort((a, b) => rank(a.id) - rank(b.id)),
    speakers: [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    coders: [...coders.values()].sort((a, b) => a.name.localeCompare(b.name)),
    attributes: attributeOptions,
  };
}

function passes(
  filter: RetrieveFilter,
  attributes: Map<string, Attribute>,
  people: Map<string, Participant>,
): (p: RetrievedPassage) => boolean {
  const sessions = new Set(filter.sessionIds);
  const speakers = new Set(filter.speakers);
  const coders = new Set(filter.coderIds);
  const wanted = filter.attributes.map((f) => {
    const attribute = attributes.get(f.attributeId);
    if (!attribute) throw new AppError('NOT_FOUND', 'editing.filterAttributeGone');
    return { attribute, values: new Set(f.values) };
  });
  return (p) =>
    (sessions.size === 0 || (p.sessionId !== null && sessions.has(p.sessionId))) &&
    (speakers.size === 0 || p.people.some((w) => speakers.has(w.key))) &&
    (coders.size === 0 || (p.coderId !== null && coders.has(p.coderId))) &&
    wanted.every(({ attribute, values }) => [...groupsOf(p, attribute, people)].some((k) => values.has(k)));
}

/**
 * The passages of a code for the retrieve view and its export: filtered by session, speaker, coder
 * and participant attribute, in the chosen order, with the choices each filter offers.
 */
export function retrieve(
  study: Study,
  query: { codeId: string; includeChildren: boolean; filter?: RetrieveFilter; sort: RetrieveSort; language?: UiLocale },
): RetrieveResult {
  const all = collect(study, query.codeId, query.includeChildren);
  const attributes = study.repos.attributes.list();
  const people = new Map(study.repos.participants.list().map((p) => [p.id, p]));
  const kept = query.filter ? all.filter(passes(query.filter, new Map(attributes.map((a) => [a.id, a])), people)) : all;
  return {
    passages: sortPassages(study, kept, query.sort),
    total: all.length,
    options: options(study, all, attributes, people, translatorFor(query.language ?? 'en')),
  };
}

/**
 * Every passage coded with a code (and, if asked, its sub-codes), as they happened (session by
 * session, each document from its start), with who said it and where.
 */
export function retrievePassages(study: Study, codeId: string, includeChildren: boolean): RetrievedPassage[] {
  return sortPassages(study, collect(study, codeId, includeChildren), 'session');
}
