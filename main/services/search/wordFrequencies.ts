import type { RetrieveOptions } from '../../../shared/domain/retrieve';
import type { WordsInput, WordsResult } from '../../../shared/domain/words';
import type { Participant } from '../../../shared/domain/study';
import { attributeGroups, groupKey } from '../../../shared/reports/scales';
import type { UiLocale } from '../../../shared/i18n/locales';
import { translatorFor } from '../../../shared/i18n/translator';
import { AppError } from '../../../shared/errors';
import { countWords, readUnit, type CountedUnit, type ReadUnit } from '../../../shared/text/wordFrequency';
import { bringSearchIndexUpToDate } from '../../db/searchIndex';
import type { SearchUnitRow } from '../../db/repos/searchRepo';
import type { Study } from '../study';
import { studyPeople } from './units';

/**
 * What the last counts of each open study read, by unit: a researcher changes the filter or the
 * groups many times over the same text, and reading (above all segmenting Chinese) is most of the
 * cost. An entry is used only while its unit's text is unchanged; words are interned, so the cache
 * holds one string per distinct word and a pointer per occurrence.
 */
interface Reads {
  units: Map<string, ReadUnit & { text: string }>;
  intern: Map<string, string>;
}
const readCache = new WeakMap<Study, Reads>();

type Input = Required<Omit<WordsInput, 'filter' | 'compare'>> & Pick<WordsInput, 'filter' | 'compare'>;

/** The filter's choices, each with how many units it holds, over the units of the chosen kinds (moderator as chosen). */
function filterOptions(study: Study, units: SearchUnitRow[], input: Input, people: Map<string, Participant>): RetrieveOptions {
  const base = studyPeople(study, { kinds: input.filter?.kinds, includeModerator: input.filter?.includeModerator });
  const sessions = new Map(study.repos.sessions.list().map((s) => [s.id, s]));
  const sessionCounts = new Map<string, number>();
  const speakers = new Map<string, RetrieveOptions['speakers'][number]>();
  const attributes = study.repos.attributes.list();
  const valueCounts = new Map<string, Map<string, number>>(attributes.map((a) => [a.id, new Map()]));
  // The speaker as text search keys it (units.ts), without the attribute list `place` builds for each hit.
  const roles = new Map<string, string>();
  for (const p of people.values()) for (const m of p.sessions) roles.set(`${p.id} ${m.sessionId}`, m.role);
  for (const unit of units) {
    if (!base.passes(unit)) continue;
    if (unit.session_id) sessionCounts.set(unit.session_id, (sessionCounts.get(unit.session_id) ?? 0) + 1);
    const person = unit.participant_id ? people.get(unit.participant_id) : undefined;
    const name = person?.displayName ?? unit.speaker_label;
    if (!name) continue;
    const key = person ? `p:${person.id}` : `l:${name}`;
    let entry = speakers.get(key);
    if (!entry) {
      const role = person && unit.session_id ? (roles.get(`${person.id} ${unit.session_id}`) ?? null) : null;
      speakers.set(key, (entry = { key, name, role: role as RetrieveOptions['speakers'][number]['role'], count: 0 }));
    }
    entry.count += 1;
    if (!person) continue;
    for (const a of attributes) {
      const group = groupKey(a, person.values[a.id]);
      if (group !== null) valueCounts.get(a.id)!.set(group, (valueCounts.get(a.id)!.get(group) ?? 0) + 1);
    }
  }
  const tr = translatorFor(input.language as UiLocale);
  const ordered = study.repos.sessions
    .list()
    .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.title.localeCompare(b.title));
  return {
    sessions: ordered.flatMap((s) =>
      sessionCounts.has(s.id) ? [{ id: s.id, title: sessions.get(s.id)!.title, count: sessionCounts.get(s.id)! }] : [],
    ),
    speakers: [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    coders: [],
    attributes: attributes.flatMap((a) => {
      const counts = valueCounts.get(a.id)!;
      const groups = attributeGroups(
        a,
        [...people.values()].map((p) => p.values[a.id] ?? null),
        tr,
      );
      const values = (groups ?? [])
        .filter((g) => counts.has(g.key))
        .map((g) => ({ key: g.key, label: g.label, count: counts.get(g.key)! }));
      return values.length > 0 ? [{ id: a.id, name: a.name, values }] : [];
    }),
  };
}

/**
 * Word frequencies over the transcripts' turns, live notes and memos the filter selects (as text
 * search selects them: the moderator left out unless asked), optionally comparing two groups of
 * speakers split by one attribute.
 */
export function wordFrequencies(study: Study, input: Input): WordsResult {
  const people = new Map(study.repos.participants.list().map((p) => [p.id, p]));
  const passing = studyPeople(study, input.filter);
  const compare = input.compare;
  const attribute = compare ? study.repos.attributes.list().find((a) => a.id === compare.attributeId) : undefined;
  if (compare && !attribute) throw new AppError('NOT_FOUND', 'editing.filterAttributeGone');
  const groupA = new Set(compare?.a);
  const groupB = new Set(compare?.b);
  const groupOf = (unit: SearchUnitRow): CountedUnit['group'] => {
    if (!attribute || !unit.participant_id) return null;
    const key = groupKey(attribute, people.get(unit.participant_id)?.values[attribute.id]);
    // A value chosen for both groups counts for neither: the groups must not share words.
    if (key === null || (groupA.has(key) && groupB.has(key))) return null;
    return groupA.has(key) ? 'a' : groupB.has(key) ? 'b' : null;
  };

  bringSearchIndexUpToDate(study.db);
  const units = study.repos.search.allUnits();
  const texts = new Map<string, string>();
  const textOf = (unit: SearchUnitRow): string => {
    if (unit.kind === 'memo') return study.repos.search.memoBody(unit.unit_id) ?? '';
    let text = texts.get(unit.document_id!);
    if (text === undefined) texts.set(unit.document_id!, (text = study.repos.search.documentText(unit.document_id!) ?? ''));
    return text.slice(unit.start_offset, unit.end_offset);
  };
  let reads = readCache.get(study);
  // Units deleted since stay until the cache holds twice the study's units; then it starts afresh.
  if (!reads || reads.units.size > 2 * units.length) readCache.set(study, (reads = { units: new Map(), intern: new Map() }));
  const { units: known, intern } = reads;
  const keyed = new Map<CountedUnit, string>();
  function* selected(): Generator<CountedUnit> {
    for (const unit of units)
      if (passing.passes(unit)) {
        const counted = { text: textOf(unit), group: groupOf(unit) };
        keyed.set(counted, `${unit.kind}:${unit.unit_id}`);
        yield counted;
      }
  }
  const read = (unit: CountedUnit): ReadUnit => {
    const key = keyed.get(unit)!;
    keyed.delete(unit);
    const before = known.get(key);
    if (before && before.text === unit.text) return before;
    const fresh = { ...readUnit(unit.text, intern), text: unit.text };
    known.set(key, fresh);
    return fresh;
  };
  const counted = countWords(selected(), { ...input, compare: compare !== undefined }, read);
  return { ...counted, options: filterOptions(study, units, input, people) };
}
