import { sentence } from '../../../shared/i18n/sentence';
import { readNote, type RepeatedIssues } from './report';
import type { XmlElement } from '../../formats/xml';
import { guidKey } from './guid';
import type { ReadIssues, RefiCoding, RefiNote, RefiOtherSource, RefiSelection, RefiText, RefiValue, VariableType } from './model';
import { attr, childText, guidAttr, kid, kids, position, refs, stamp, textOf } from './xmlRead';

const VALUE_TYPES: Readonly<Record<string, VariableType>> = {
  TextValue: 'Text',
  BooleanValue: 'Boolean',
  IntegerValue: 'Integer',
  FloatValue: 'Float',
  DateValue: 'Date',
  DateTimeValue: 'DateTime',
};

/** A source's name for the report: its name, else its path, else its element. */
function sourceName(el: XmlElement): string {
  return attr(el, 'name')?.trim() || attr(el, 'path') || el.local;
}

/** `<VariableValue>` children: a variable reference and one typed value. */
export function parseValues(el: XmlElement): RefiValue[] {
  const out: RefiValue[] = [];
  for (const vv of kids(el, 'VariableValue')) {
    const ref = kid(vv, 'VariableRef');
    const variableKey = ref ? guidAttr(ref, 'targetGUID') : null;
    if (variableKey === null) continue;
    for (const c of vv.children) {
      if (typeof c === 'string' || !(c.local in VALUE_TYPES)) continue;
      out.push({ variableKey, type: VALUE_TYPES[c.local]!, value: textOf(c) ?? '' });
      break;
    }
  }
  return out;
}

function parseCoding(el: XmlElement): RefiCoding {
  const ref = kid(el, 'CodeRef');
  return {
    key: guidKey(attr(el, 'guid') ?? crypto.randomUUID()),
    codeKey: ref ? guidAttr(ref, 'targetGUID') : null,
    created: stamp(el),
    noteRefs: refs(el, 'NoteRef'),
  };
}

function selection(
  el: XmlElement,
  start: { value: number | null; bad: string | null },
  end: { value: number | null; bad: string | null },
): RefiSelection {
  const guid = attr(el, 'guid')?.trim() || crypto.randomUUID();
  return {
    key: guidKey(guid),
    guid,
    name: attr(el, 'name'),
    start: start.value,
    end: end.value,
    badPosition: start.bad ?? end.bad,
    description: childText(el, 'Description'),
    codings: kids(el, 'Coding').map(parseCoding),
    noteRefs: refs(el, 'NoteRef'),
    created: stamp(el),
  };
}

/** `<PlainTextSelection>`s of a text. */
export function parseSelections(el: XmlElement): RefiSelection[] {
  return kids(el, 'PlainTextSelection').map((s) => selection(s, position(s, 'startPosition'), position(s, 'endPosition')));
}

/** A TextSourceType element: a TextSource, a Note, a PDF's Representation or a Transcript. */
function parseText(el: XmlElement, kind: RefiText['kind'], parentName: string | null): RefiText {
  const guid = attr(el, 'guid')?.trim() || crypto.randomUUID();
  let selections = parseSelections(el);
  if (kind === 'transcript') {
    // Transcript selections run between sync points, each of which carries a character position.
    const points = new Map(kids(el, 'SyncPoint').map((p) => [guidAttr(p, 'guid') ?? '', position(p, 'position')]));
    const missing = { value: null, bad: 'a sync point that does not exist' };
    selections = kids(el, 'TranscriptSelection').map((s) =>
      selection(s, points.get(guidAttr(s, 'fromSyncPoint') ?? '') ?? missing, points.get(guidAttr(s, 'toSyncPoint') ?? '') ?? missing),
    );
  }
  const content = kid(el, 'PlainTextContent');
  return {
    key: guidKey(guid),
    guid,
    name: attr(el, 'name'),
    kind,
    parentName,
    text: { path: attr(el, 'plainTextPath'), content: content ? (textOf(content) ?? '') : null },
    richTextPath: attr(el, 'richTextPath'),
    description: childText(el, 'Description'),
    selections,
    codings: kids(el, 'Coding').map(parseCoding),
    noteRefs: refs(el, 'NoteRef'),
    values: parseValues(el),
    created: stamp(el),
    modified: attr(el, 'modifiedDateTime'),
  };
}

/** The selection element of each kind of source Verbatim reads only in part (or only for the report). */
const SELECTION_TAGS: Readonly<Record<string, string>> = {
  PictureSource: 'PictureSelection',
  PDFSource: 'PDFSelection',
  AudioSource: 'AudioSelection',
  VideoSource: 'VideoSelection',
};

/**
 * Reads one child of `<Sources>` into `texts` or `others`: text sources whole; PDFs through their text
 * representation (page-area selections cannot be kept); audio and video through their transcripts;
 * pictures only for the report. Elements of no REFI-QDA kind are counted in `unknown`, one line per kind.
 */
export function parseSource(
  el: XmlElement,
  issues: ReadIssues,
  unknown: RepeatedIssues,
  texts: RefiText[],
  others: RefiOtherSource[],
): void {
  if (el.local === 'TextSource') {
    texts.push(parseText(el, 'text', null));
    return;
  }
  const selectionTag = Object.hasOwn(SELECTION_TAGS, el.local) ? SELECTION_TAGS[el.local]! : null;
  if (!selectionTag) {
    unknown.drop(
      el.local,
      () => sentence('imports.whatElementNamed', { element: el.local, name: sourceName(el) }),
      () => sentence('imports.whyNotRefiSource'),
    );
    return;
  }
  const name = sourceName(el);
  const areaSelections = kids(el, selectionTag);
  const texts0 = texts.length;
  if (el.local === 'PDFSource') {
    const rep = kid(el, 'Representation');
    if (rep) texts.push(parseText(rep, 'pdf', name));
  } else if (el.local === 'AudioSource' || el.local === 'VideoSource') {
    for (const t of kids(el, 'Transcript')) texts.push(parseText(t, 'transcript', name));
  }
  // ATLAS.ti writes a PDF quotation twice under one GUID (page area and text); the text one is kept.
  const textKeys = new Set(texts.slice(texts0).flatMap((t) => t.selections.map((s) => s.key)));
  const duplicates = areaSelections.filter((s) => textKeys.has(guidKey(attr(s, 'guid') ?? '')));
  if (duplicates.length > 0)
    issues.mapped.push(
      readNote(sentence('imports.whatSelectionsTwice', { count: duplicates.length, name }), sentence('imports.howImportedFromText')),
    );
  const rest = areaSelections.filter((s) => !duplicates.includes(s));
  others.push({
    key: guidKey(attr(el, 'guid') ?? ''),
    name,
    element: el.local,
    selections: rest.length,
    codings: rest.reduce((n, s) => n + kids(s, 'Coding').length, 0) + kids(el, 'Coding').length,
    values: parseValues(el),
  });
}

/** Reads a `<Note>`: a memo, journal or annotation (QualCoder nests the annotated selection inside). */
export function parseNote(el: XmlElement): RefiNote {
  const t = parseText(el, 'text', null);
  return {
    key: t.key,
    guid: t.guid,
    name: t.name,
    text: t.text,
    description: t.description,
    selections: t.selections,
    created: t.created,
    modified: t.modified,
  };
}
