import { nested, sentence } from '../../../shared/i18n/sentence';
import { readMeta } from './descriptions';
import { flattenCodes } from './parseCodes';
import { TURNS_READABLE } from './verbatimMeta';
import type { RefiNote, RefiProject } from './model';
import { placeSelection } from './placeSelection';
import type { PlannedSessions } from './planSessions';
import type { PlannedTexts } from './planTexts';
import { ImportRefused, type PlanMemo, type PlanMemoTarget } from './plan';
import { clip, type ReportBuilder } from './report';
import type { SourceFiles } from './sourceFiles';

/** A source's description (Verbatim has no such field) becomes a memo on its document; Verbatim's own turn line is not one. */
function sourceDescriptions(project: RefiProject, docKeys: ReadonlySet<string>): PlanMemo[] {
  const out: PlanMemo[] = [];
  for (const t of project.texts) {
    const { text } = readMeta(t.description);
    if (!docKeys.has(t.key) || text === null || text.trim() === '' || text.trim() === TURNS_READABLE) continue;
    out.push({
      guid: `${t.key}:source-description`,
      target: { kind: 'document', key: t.key },
      title: 'Source description',
      body: text,
      authorKey: t.created.user,
      created: t.created.at,
      modified: null,
    });
  }
  return out;
}

/**
 * Notes become memos on what points at them, most specific first: a coding (its NoteRef, or the
 * selection it came from via NoteRef or an NVivo annotation Link), then a document, a code, a
 * session (a Verbatim session set's MemberNote), then the project. A QualCoder annotation (a note
 * holding the selection it is about, referenced from its source) goes to the coding on exactly those
 * words, else to the document. Notes nothing points at are project memos. The project's own
 * Description becomes a project memo too.
 */
export function planNotes(
  project: RefiProject,
  texts: PlannedTexts,
  sessions: PlannedSessions,
  codeKeys: ReadonlySet<string>,
  files: SourceFiles,
  report: ReportBuilder,
): PlanMemo[] {
  const targets = new Map<string, { target: PlanMemoTarget; rank: number }>();
  const offer = (noteKey: string, target: PlanMemoTarget, rank: number) => {
    const current = targets.get(noteKey);
    if (!current || rank < current.rank) targets.set(noteKey, { target, rank });
  };
  const onSelection = (noteKey: string, selectionKey: string) => {
    const sel = texts.selections.get(selectionKey);
    if (!sel) return false;
    offer(
      noteKey,
      sel.codings[0] ? { kind: 'coding', key: sel.codings[0] } : { kind: 'document', key: sel.docKey },
      sel.codings[0] ? 0 : 1,
    );
    return true;
  };
  const docKeys = new Set(texts.docs.map((d) => d.key));
  const annotations = new Map<string, string>();
  for (const t of project.texts) {
    for (const sel of t.selections) {
      for (const n of sel.noteRefs) onSelection(n, sel.key);
      for (const c of sel.codings)
        for (const n of c.noteRefs) if (texts.selections.get(sel.key)?.codings.includes(c.key)) offer(n, { kind: 'coding', key: c.key }, 0);
    }
    if (!docKeys.has(t.key)) continue;
    for (const n of t.noteRefs) {
      offer(n, { kind: 'document', key: t.key }, 2);
      annotations.set(n, t.key);
    }
  }
  for (const c of flattenCodes(project.codes))
    if (codeKeys.has(c.key)) for (const n of c.noteRefs) offer(n, { kind: 'code', key: c.key }, 3);
  for (const [noteKey, sessionKey] of sessions.sessionNotes) offer(noteKey, { kind: 'session', key: sessionKey }, 4);
  const noteKeys = new Set(project.notes.map((n) => n.key));
  for (const link of project.links) {
    const [note, other] =
      link.origin && noteKeys.has(link.origin)
        ? [link.origin, link.target]
        : link.target && noteKeys.has(link.target)
          ? [link.target, link.origin]
          : [null, null];
    if (note && other && onSelection(note, other)) continue;
    report.drop(
      sentence('imports.whatLink', { named: link.name === null ? 'no' : 'yes', link: clip(link.name ?? '') }),
      sentence(note ? 'imports.whyLinkNoteTarget' : 'imports.whyNoLinks'),
    );
  }
  for (const n of project.noteRefs) offer(n, { kind: 'project' }, 5);

  const seen = new Map<string, RefiNote>();
  const memos: PlanMemo[] = [];
  let empty = 0;
  for (const note of project.notes) {
    const other = seen.get(note.key);
    if (other)
      throw new ImportRefused('imports.guidTwoNotes', {
        guid: note.guid,
        first: clip(other.name ?? '', 40),
        second: clip(note.name ?? '', 40),
      });
    seen.set(note.key, note);
    let target = targets.get(note.key)?.target ?? { kind: 'project' as const };
    const annotatedDoc = annotations.get(note.key);
    const mapping = annotatedDoc ? texts.mapping.get(annotatedDoc) : undefined;
    if (annotatedDoc && mapping && note.selections[0]) {
      const placed = placeSelection(
        note.selections[0],
        mapping.positions,
        mapping.convention,
        mapping.namesAreText,
        sentence('imports.whatAnnotation', { note: clip(note.name ?? '') }),
        report,
      );
      const doc = texts.docs.find((d) => d.key === annotatedDoc)!;
      const coding = placed ? doc.codings.find((c) => c.start === placed.start && c.end === placed.end) : undefined;
      if (coding) target = { kind: 'coding', key: coding.guid };
    }
    const loaded = files.load(note.text);
    let body: string;
    if ('error' in loaded) {
      body = note.description ?? '';
      if (note.text.path !== null || note.text.content !== null)
        report.map(
          sentence('imports.whatNote', { note: clip(note.name ?? '') }),
          sentence('imports.howNoteTextUnloadable', {
            ...nested('reasonMessage', loaded.error),
            description: note.description ? 'yes' : 'no',
          }),
        );
    } else {
      body = loaded.text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n'); // a byte order mark left in the text is not text
      // A memo has a title and a text only: a description beside the text is kept at its end, and said.
      const description = note.description?.trim();
      if (description && description !== body.trim()) {
        body = body.trim() === '' ? description : `${body}\n\n${description}`;
        report.map(sentence('imports.whatNote', { note: clip(note.name ?? body) }), sentence('imports.howDescriptionAppended'));
      }
    }
    // A note with neither a name nor text holds nothing (QualCoder makes one for every selection without a code).
    if (body.trim() === '' && (note.name ?? '').trim() === '') {
      empty++;
      continue;
    }
    // A name that is there but empty stays empty (Verbatim memos may be untitled); a missing one is made from the text.
    const title = note.name ?? (clip(body.split('\n')[0] ?? '', 80) || 'Untitled note');
    memos.push({ guid: note.key, target, title, body, authorKey: note.created.user, created: note.created.at, modified: note.modified });
  }
  memos.push(...sourceDescriptions(project, docKeys));
  if (empty > 0) report.drop(sentence('imports.whatEmptyNotes', { count: empty }), sentence('imports.whyEmptyNotes'));
  if (project.description)
    memos.push({
      guid: `project-description:${project.name}:${project.created.at ?? ''}`,
      target: { kind: 'project' },
      title: 'Project description',
      body: project.description,
      authorKey: project.created.user,
      created: project.created.at,
      modified: null,
    });
  return memos;
}
