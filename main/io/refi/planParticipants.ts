import { nested, sentence, type Sentence } from '../../../shared/i18n/sentence';
import type { SessionRole } from '../../../shared/domain/study';
import type { RefiCase, RefiProject, RefiValue } from './model';
import { rawValue, uniqueName } from './planAttributes';
import type { PlannedSessions } from './planSessions';
import type { PlacedSelection, PlannedTexts } from './planTexts';
import type { PlanAttribute, PlanDoc, PlanParticipant, PlanValue } from './plan';
import { clip, type ReportBuilder } from './report';
import { carriedTurns } from './planTurns';
import { assignSpeakers, splitTurns } from './turns';

/** A nameless case with exactly one source is that source's variables (MAXQDA, Quirkos), not a person. */
function isSourceCase(c: RefiCase): boolean {
  return c.name === null && c.sourceRefs.length === 1 && c.selectionRefs.length === 0;
}

/**
 * Cases become participants, with their variable values, the sessions of the documents they are linked
 * to (roles from a Verbatim session set, else "participant") and the turns their selections cover
 * (or, from a Verbatim export, the turns as its sources carry them).
 * Values attached to a source (three encodings: source VariableValues, nameless one-source cases,
 * ATLAS.ti "name: value" groups) go to a participant named after the source: Verbatim keeps
 * attributes on people, and a source of its own is usually one person (an interview, a survey response).
 */
export function planParticipants(
  project: RefiProject,
  texts: PlannedTexts,
  sessions: PlannedSessions,
  attributes: PlanAttribute[],
  fromVerbatim: boolean,
  report: ReportBuilder,
): PlanParticipant[] {
  const docs = new Map(texts.docs.map((d) => [d.key, d]));
  const attrKeys = new Set(attributes.map((a) => a.key));
  const taken = new Set<string>();
  const out: PlanParticipant[] = [];
  const ranges = new Map<string, { start: number; end: number; participantKey: string }[]>();
  const values = (list: readonly RefiValue[], who: Sentence): PlanValue[] =>
    list.flatMap((v) => {
      if (attrKeys.has(v.variableKey)) return [{ attributeKey: v.variableKey, raw: rawValue(v.type, v.value) }];
      report.drop(
        sentence('imports.whatValueOfWho', nested('whoMessage', who)),
        sentence('imports.whyVariableMissing', { variable: v.variableKey }),
      );
      return [];
    });
  const join = (p: PlanParticipant, doc: PlanDoc | undefined, role: SessionRole = 'participant') => {
    if (doc?.sessionKey && !p.sessions.has(doc.sessionKey))
      p.sessions.set(doc.sessionKey, sessions.roles.get(doc.sessionKey)?.get(p.key) ?? role);
  };
  const speak = (p: PlanParticipant, sel: PlacedSelection) => {
    join(p, docs.get(sel.docKey));
    const list = ranges.get(sel.docKey) ?? [];
    list.push({ start: sel.start, end: sel.end, participantKey: p.key });
    ranges.set(sel.docKey, list);
  };

  // Each case's sessions with its role there, in session order: one pass over the roles instead of
  // one per case (2,000 cases x 500 sessions is a million look-ups).
  const rolesOfCase = new Map<string, [string, SessionRole][]>();
  for (const [sessionKey, roles] of sessions.roles) {
    for (const [caseKey, role] of roles) {
      const list = rolesOfCase.get(caseKey);
      if (list) list.push([sessionKey, role]);
      else rolesOfCase.set(caseKey, [[sessionKey, role]]);
    }
  }

  let unnamed = 0;
  const seen = new Set<string>();
  for (const c of project.cases) {
    if (isSourceCase(c) || seen.has(c.key)) continue;
    seen.add(c.key);
    const label = c.name ?? `Case ${++unnamed}`;
    const name = uniqueName(label, taken, 200);
    if (c.name === null) report.map(sentence('imports.whatCaseWithoutName'), sentence('imports.howBecameParticipant', { name }));
    else if (name !== c.name)
      report.map(sentence('imports.whatCase', { case: clip(c.name) }), sentence('imports.howBecameParticipantUnique', { name }));
    const p: PlanParticipant = {
      key: c.key,
      guid: c.guid,
      name,
      notes: c.description,
      values: values(c.values, sentence('imports.whatCase', { case: clip(name) })),
      sessions: new Map(),
    };
    for (const [sessionKey, role] of rolesOfCase.get(c.key) ?? []) if (role) p.sessions.set(sessionKey, role);
    for (const s of c.sourceRefs) {
      if (docs.has(s)) join(p, docs.get(s));
      else report.drop(sentence('imports.whatCaseSourceLink', { case: clip(name), source: s }), sentence('imports.whySourceNotImported'));
    }
    for (const s of c.selectionRefs) {
      const sel = texts.selections.get(s);
      if (sel) speak(p, sel);
      else
        report.drop(
          sentence('imports.whatCaseSelection', { case: clip(name) }),
          sentence('imports.whySelectionNotImported', { selection: s }),
        );
    }
    for (const sel of texts.caseNodeSelections.get(c.key) ?? []) speak(p, sel);
    if (texts.caseNodeSelections.has(c.key))
      report.map(sentence('imports.whatCode', { code: clip(name) }), sentence('imports.howCaseNode'));
    if (c.codeRefs.length > 0)
      report.drop(sentence('imports.whatCaseCodeLinks', { count: c.codeRefs.length, case: clip(name) }), sentence('imports.whyCodeLinks'));
    out.push(p);
  }

  // Values that belong to a source rather than to a person.
  const perSource = new Map<string, PlanValue[]>();
  const add = (docKey: string, list: PlanValue[]) => perSource.set(docKey, [...(perSource.get(docKey) ?? []), ...list]);
  for (const doc of texts.docs) {
    const t = project.texts.find((x) => x.key === doc.key);
    if (t && t.values.length > 0) add(doc.key, values(t.values, sentence('imports.whatSource', { source: clip(doc.title) })));
  }
  for (const c of project.cases.filter(isSourceCase)) {
    const docKey = c.sourceRefs[0]!;
    if (docs.has(docKey)) add(docKey, values(c.values, sentence('imports.whatNamelessCaseOf', { source: docKey })));
    else report.drop(sentence('imports.whatNamelessCaseValues'), sentence('imports.whyCaseSourceGone', { source: docKey }));
  }
  for (const [docKey, pairs] of sessions.setValues) {
    add(
      docKey,
      pairs.map(({ name, value }) => {
        let attr = attributes.find((a) => a.name.toLocaleLowerCase() === name.toLocaleLowerCase());
        if (!attr) {
          attr = {
            key: `set-attribute:${name.toLocaleLowerCase()}`,
            guid: '',
            name: uniqueName(name, new Set(attributes.map((a) => a.name.toLocaleLowerCase()))),
            type: 'text',
            options: [],
            scaleKind: null,
            scaleMin: null,
            scaleMax: null,
          };
          attributes.push(attr);
        }
        return { attributeKey: attr.key, raw: value };
      }),
    );
  }
  for (const o of project.others)
    if (o.values.length > 0)
      report.drop(
        sentence('imports.whatOtherValues', { count: o.values.length, name: clip(o.name) }),
        sentence('imports.whyElementNotImported', { element: o.element }),
      );
  for (const [docKey, list] of perSource) {
    const doc = docs.get(docKey)!;
    const p: PlanParticipant = {
      key: `source-case:${docKey}`,
      guid: null,
      name: uniqueName(doc.title, taken, 200),
      notes: null,
      values: list,
      sessions: new Map(),
    };
    join(p, doc);
    report.map(
      sentence('imports.whatSourceValues', { source: clip(doc.title) }),
      sentence('imports.howSourceValuesToParticipant', { participant: clip(p.name) }),
    );
    out.push(p);
  }

  let contested = 0;
  const descriptions = new Map(project.texts.map((t) => [t.key, t.description]));
  for (const doc of texts.docs) {
    const carried = carriedTurns(descriptions.get(doc.key) ?? null, doc, report);
    if (carried) {
      doc.turns = carried;
      continue;
    }
    const speakers = ranges.get(doc.key) ?? [];
    const cut = fromVerbatim ? 'blank-lines' : speakers.length > 0 ? 'lines' : 'paragraphs';
    const assigned = assignSpeakers(splitTurns(doc.text, cut), speakers);
    doc.turns = assigned.turns;
    contested += assigned.contested;
  }
  if (contested > 0) report.map(sentence('imports.whatContestedTurns', { count: contested }), sentence('imports.howFirstCaseKept'));
  return out;
}
