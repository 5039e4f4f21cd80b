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
  const values = (list: readonly RefiValue[], who: string): PlanValue[] =>
    list.flatMap((v) => {
      if (attrKeys.has(v.variableKey)) return [{ attributeKey: v.variableKey, raw: rawValue(v.type, v.value) }];
      report.drop(`a value of ${who}`, `it refers to the variable ${v.variableKey}, which is not in the file`);
      return [];
    });
  const join = (p: PlanParticipant, doc: PlanDoc | undefined, role: SessionRole = 'participant') => {
    if (doc?.sessionKey && !p.sessions.has(doc.sessionKey)) p.sessions.set(doc.sessionKey, sessions.roles.get(doc.sessionKey)?.get(p.key) ?? role);
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
    if (c.name === null) report.map(`a case without a name`, `became the participant "${name}"`);
    else if (name !== c.name) report.map(`case "${clip(c.name)}"`, `became the participant "${name}" (participant names are unique)`);
    const p: PlanParticipant = { key: c.key, guid: c.guid, name, notes: c.description, values: values(c.values, `case "${clip(name)}"`), sessions: new Map() };
    for (const [sessionKey, role] of rolesOfCase.get(c.key) ?? []) if (role) p.sessions.set(sessionKey, role);
    for (const s of c.sourceRefs) {
      if (docs.has(s)) join(p, docs.get(s));
      else report.drop(`the link of case "${clip(name)}" to source ${s}`, 'that source was not imported or is not in the file');
    }
    for (const s of c.selectionRefs) {
      const sel = texts.selections.get(s);
      if (sel) speak(p, sel);
      else report.drop(`a selection of case "${clip(name)}"`, `the selection ${s} was not imported or is not in the file`);
    }
    for (const sel of texts.caseNodeSelections.get(c.key) ?? []) speak(p, sel);
    if (texts.caseNodeSelections.has(c.key)) report.map(`code "${clip(name)}"`, 'is the case node of the case of that name (NVivo): its codings became who speaks where, not codings');
    if (c.codeRefs.length > 0) report.drop(`${c.codeRefs.length} code link(s) of case "${clip(name)}"`, 'Verbatim links codes to people only through codings');
    out.push(p);
  }

  // Values that belong to a source rather than to a person.
  const perSource = new Map<string, PlanValue[]>();
  const add = (docKey: string, list: PlanValue[]) => perSource.set(docKey, [...(perSource.get(docKey) ?? []), ...list]);
  for (const doc of texts.docs) {
    const t = project.texts.find((x) => x.key === doc.key);
    if (t && t.values.length > 0) add(doc.key, values(t.values, `source "${clip(doc.title)}"`));
  }
  for (const c of project.cases.filter(isSourceCase)) {
    const docKey = c.sourceRefs[0]!;
    if (docs.has(docKey)) add(docKey, values(c.values, `the nameless case of source ${docKey}`));
    else report.drop(`the values of a nameless case`, `its source ${docKey} was not imported or is not in the file`);
  }
  for (const [docKey, pairs] of sessions.setValues) {
    add(
      docKey,
      pairs.map(({ name, value }) => {
        let attr = attributes.find((a) => a.name.toLocaleLowerCase() === name.toLocaleLowerCase());
        if (!attr) {
          attr = { key: `set-attribute:${name.toLocaleLowerCase()}`, guid: '', name: uniqueName(name, new Set(attributes.map((a) => a.name.toLocaleLowerCase()))), type: 'text', options: [], scaleKind: null, scaleMin: null, scaleMax: null };
          attributes.push(attr);
        }
        return { attributeKey: attr.key, raw: value };
      }),
    );
  }
  for (const o of project.others) if (o.values.length > 0) report.drop(`${o.values.length} variable value(s) of "${clip(o.name)}"`, `${o.element} sources are not imported`);
  for (const [docKey, list] of perSource) {
    const doc = docs.get(docKey)!;
    const p: PlanParticipant = { key: `source-case:${docKey}`, guid: null, name: uniqueName(doc.title, taken, 200), notes: null, values: list, sessions: new Map() };
    join(p, doc);
    report.map(`the variable values of source "${clip(doc.title)}"`, `went to a participant "${clip(p.name)}" in its session (Verbatim keeps attributes on people)`);
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
  if (contested > 0) report.map(`${contested} turn(s) claimed by two cases`, 'each kept the first case that claims it as its speaker');
  return out;
}
