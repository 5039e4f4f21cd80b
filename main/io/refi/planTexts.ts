import { nested, sentence, type Sentence } from '../../../shared/i18n/sentence';
import { sameCodingKey } from '../../../shared/domain/coding';
import { conventionForSource, detectConvention, type SourceSample } from './detectUnit';
import type { RefiCoding, RefiProject, RefiSelection, RefiText } from './model';
import { placeSelection } from './placeSelection';
import { ImportRefused, type PlanDoc, type PlanMemo } from './plan';
import { conventionSentence, SourcePositions, type Convention } from './positions';
import { clip, type ReportBuilder } from './report';
import type { SourceFiles } from './sourceFiles';

/** A selection that landed in a document, for cases, notes and links that point at it. */
export interface PlacedSelection {
  docKey: string;
  start: number;
  end: number;
  /** GUIDs of the codings made from it (memo targets). */
  codings: string[];
}

export interface PlannedTexts {
  docs: PlanDoc[];
  memos: PlanMemo[];
  /** The selections something else points at (a case, a link, a note; see {@link pointedAt}), by key. */
  selections: Map<string, PlacedSelection>;
  /** Per document: its positions and convention, for selections held elsewhere (QualCoder annotations in notes). */
  mapping: Map<string, { positions: SourcePositions; convention: Convention; namesAreText: boolean }>;
  /** Codings that point at these codes were case memberships (NVivo case nodes): their selections by code key. */
  caseNodeSelections: Map<string, PlacedSelection[]>;
}

/** A source as a report entry names it. */
function sourceWhat(t: RefiText): Sentence {
  return { id: 'imports.whatSource', values: { source: clip(titleOf(t)) } };
}

/** "coding on … in …": the coding's place as a nested sentence. */
function codingWhat(where: Sentence): Sentence {
  return { id: 'imports.whatCoding', values: nested('whereMessage', where) };
}

function titleOf(t: RefiText): string {
  const base = t.name?.trim() || t.parentName || t.text.path?.replace(/^.*[/\\:]/, '') || 'Untitled source';
  if (t.kind === 'pdf') return `${t.parentName ?? base} (text)`;
  return base;
}

/**
 * Reads every text source (TextSource, PDF text representations, A/V transcripts), decides once for
 * the file how its positions count (see detectUnit.ts), and turns selections into codings on the
 * stored text. `referenced` holds selection keys that cases or links point at, which are kept even
 * without a coding.
 */
export function planTexts(
  project: RefiProject,
  files: SourceFiles,
  codeKeys: ReadonlySet<string>,
  caseNodes: ReadonlySet<string>,
  referenced: ReadonlySet<string>,
  report: ReportBuilder,
): PlannedTexts {
  const seen = new Map<string, string>();
  for (const s of [
    ...project.texts.map((t) => ({ key: t.key, name: titleOf(t) })),
    ...project.others.filter((o) => o.key !== '').map((o) => ({ key: o.key, name: o.name })),
  ]) {
    const other = seen.get(s.key);
    if (other !== undefined)
      throw new ImportRefused('imports.guidTwoSources', { guid: s.key, first: clip(other, 40), second: clip(s.name, 40) });
    seen.set(s.key, s.name);
  }
  const loaded: { t: RefiText; positions: SourcePositions }[] = [];
  for (const t of project.texts) {
    const result = files.load(t.text);
    const codings = t.selections.reduce((n, s) => n + s.codings.length, 0) + t.codings.length;
    if ('error' in result) {
      report.drop(sourceWhat(t), sentence('imports.whySourceUnloadable', { ...nested('reasonMessage', result.error), count: codings }));
      continue;
    }
    if (result.resolved) report.map(sourceWhat(t), result.resolved);
    if (result.note) report.map(sourceWhat(t), result.note);
    if (result.text.trim() === '') report.map(sourceWhat(t), { id: 'imports.howSourceEmpty' });
    const positions = new SourcePositions(result.text, result.bom);
    if (positions.leadingMarks > 0) report.map(sourceWhat(t), { id: 'imports.howLeadingMarks', values: { count: positions.leadingMarks } });
    loaded.push({ t, positions });
  }
  const samples: SourceSample[] = loaded.map(({ t, positions }) => ({
    positions,
    selections: t.selections.filter((s) => s.start !== null && s.end !== null) as SourceSample['selections'],
  }));
  const detection = detectConvention(samples, project.origin);
  if (samples.some((s) => s.selections.length > 0))
    report.setPositions(
      detection.evidenceSentence ??
        sentence('imports.positionsAllSame', nested('conventionMessage', conventionSentence(detection.convention))),
    );

  const out: PlannedTexts = { docs: [], memos: [], selections: new Map(), mapping: new Map(), caseNodeSelections: new Map() };
  samples.forEach((sample, i) => {
    const { t, positions } = loaded[i]!;
    const convention = conventionForSource(sample, detection.convention);
    if (convention !== detection.convention)
      report.map(sourceWhat(t), sentence('imports.howConventionForSource', nested('conventionMessage', conventionSentence(convention))));
    out.mapping.set(t.key, { positions, convention, namesAreText: detection.namesAreText });
    const doc: PlanDoc = {
      key: t.key,
      guid: t.guid,
      title: titleOf(t),
      kind: 'transcript',
      sessionKey: null,
      text: positions.text,
      sourceName: t.name?.trim() || t.text.path || null,
      created: t.created.at,
      creatorKey: t.created.user,
      codings: [],
      turns: [],
    };
    const unique = new Set<string>();
    // How the report names a coding: built only when something is reported (a closure per selection would cost at 200,000 of them).
    const where = (start: number, end: number, whole: boolean): Sentence =>
      whole
        ? { id: 'imports.whereWhole', values: { source: clip(doc.title, 40) } }
        : { id: 'imports.whereOnText', values: { words: clip(positions.text.slice(start, end), 40), source: clip(doc.title, 40) } };
    const addCoding = (
      c: RefiCoding,
      start: number,
      end: number,
      memo: string | null,
      fallbackUser: string | null,
      whole: boolean,
    ): string | null => {
      if (c.codeKey === null) {
        report.drop(codingWhat(where(start, end, whole)), { id: 'imports.whyNoCode' });
        return null;
      }
      if (caseNodes.has(c.codeKey)) {
        const list = out.caseNodeSelections.get(c.codeKey) ?? [];
        list.push({ docKey: doc.key, start, end, codings: [] });
        out.caseNodeSelections.set(c.codeKey, list);
        return null;
      }
      if (!codeKeys.has(c.codeKey)) {
        report.drop(codingWhat(where(start, end, whole)), { id: 'imports.whyCodeMissing', values: { code: c.codeKey } });
        return null;
      }
      const coderKey = c.created.user ?? fallbackUser;
      const same = sameCodingKey(c.codeKey, start, end, coderKey);
      if (unique.has(same)) {
        report.map(codingWhat(where(start, end, whole)), { id: 'imports.howDuplicateCoding' });
        return null;
      }
      unique.add(same);
      doc.codings.push({ guid: c.key, codeKey: c.codeKey, start, end, memo, coderKey, created: c.created.at });
      return c.key;
    };
    let uncoded = 0;
    for (const sel of t.selections) {
      const placed = placeSelection(sel, positions, convention, detection.namesAreText, doc.title, report);
      if (!placed) continue;
      // Plain loops and no spread: this runs for each of a large project's 200,000 selections.
      const codings: string[] = [];
      for (const c of sel.codings) {
        const guid = addCoding(c, placed.start, placed.end, sel.description, sel.created.user, false);
        if (guid !== null) codings.push(guid);
      }
      if (pointedAt(sel, referenced) && !out.selections.has(sel.key))
        out.selections.set(sel.key, { docKey: doc.key, start: placed.start, end: placed.end, codings });
      if (sel.codings.length === 0) {
        if (sel.description) out.memos.push(selectionMemo(sel, doc, placed));
        else if (!referenced.has(sel.key) && sel.noteRefs.length === 0) uncoded++;
      }
    }
    for (const c of t.codings) {
      if (doc.text.length === 0)
        report.drop(
          sentence('imports.whatCoding', nested('whereMessage', sentence('imports.whereWhole', { source: clip(doc.title) }))),
          sentence('imports.whyNoText'),
        );
      else addCoding(c, 0, doc.text.length, null, null, true);
    }
    if (uncoded > 0)
      report.drop(sentence('imports.whatUncodedSelections', { count: uncoded, source: clip(doc.title) }), sentence('imports.whyUncoded'));
    out.docs.push(doc);
  });
  return out;
}

/**
 * Whether a case, a link or a note points at this selection or one of its codings, so later steps must
 * find where it landed. Most selections of a large project are only codings: not keeping them saves a
 * map of 100,000 entries.
 */
function pointedAt(sel: RefiSelection, referenced: ReadonlySet<string>): boolean {
  if (sel.noteRefs.length > 0 || referenced.has(sel.key)) return true;
  for (const c of sel.codings) if (c.noteRefs.length > 0) return true;
  return false;
}

/** MAXQDA and ATLAS.ti put comments on uncoded selections in `<Description>`: a memo on the document that quotes the words. */
function selectionMemo(sel: RefiSelection, doc: PlanDoc, placed: { start: number; end: number }): PlanMemo {
  return {
    guid: `${sel.key}:description`,
    target: { kind: 'document', key: doc.key },
    title: `On “${clip(doc.text.slice(placed.start, placed.end), 50)}”`,
    body: sel.description ?? '',
    authorKey: sel.created.user,
    created: sel.created.at,
    modified: null,
  };
}
