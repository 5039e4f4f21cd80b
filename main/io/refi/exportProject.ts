import { SCALE_RANGES } from '../../../shared/domain/attributes';
import type { Attribute } from '../../../shared/domain/study';
import { SESSION_KIND_MESSAGES } from '../../../shared/domain/sessionWords';
import { translatorFor } from '../../../shared/i18n/translator';
import type { MemoRecord } from '../../db/repos/memosRepo';
import { XmlOut } from '../../formats/xmlWriter';
import { PIECE_BYTES, PieceDeflater, type ZipFileSpec } from '../../formats/zipWriter';
import { withMeta } from './descriptions';
import { writeCodes } from './exportCodebook';
import { spokenTurns, writeSources, type SourcesOut, type Spoken } from './exportSources';
import { xsdDateTime, xsdDecimal, type StudySnapshot } from './snapshot';

/**
 * A REFI-QDA project has no language of its own: the one readable line on each session (its kind,
 * "moderated by …") is English, as before, for whichever tool opens it. Programs read the stable
 * `kind` key in the description's metadata, never these words.
 */
const QDPX_WORDS = translatorFor('en');

/** From this size on, files are deflated at level 1 (see exportProjectFiles). */
const LARGE_BYTES = 8 * 1024 * 1024;
const TYPE_OF: Record<Attribute['type'], string> = { text: 'Text', category: 'Text', date: 'Date', number: 'Float', score: 'Integer' };

function readableAttribute(a: Attribute): string | null {
  if (a.type === 'category') return `One of: ${a.options.join(', ')}`;
  if (a.type === 'score')
    return a.scaleKind && a.scaleKind !== 'custom'
      ? `Score, ${SCALE_RANGES[a.scaleKind].label}`
      : `Score from ${a.scaleMin ?? '?'} to ${a.scaleMax ?? '?'}`;
  return null;
}

/** Memo GUIDs grouped by what they are about, for the NoteRefs and MemberNotes that point at them. */
function memoRefs(memos: readonly MemoRecord[], exists: (kind: MemoRecord['targetKind'], id: string) => boolean) {
  const by = {
    session: new Map<string, string[]>(),
    document: new Map<string, string[]>(),
    code: new Map<string, string[]>(),
    coding: new Map<string, string[]>(),
    project: [] as string[],
  };
  for (const m of memos) {
    if (m.targetKind === 'project' || m.targetId === null || !exists(m.targetKind, m.targetId)) {
      by.project.push(m.id);
      continue;
    }
    const map = by[m.targetKind];
    map.set(m.targetId, [...(map.get(m.targetId) ?? []), m.id]);
  }
  return by;
}

/** What the export could not carry, said in the export's notes (REFI-QDA asks tools to say what they drop). */
function leftOutNotes(snap: StudySnapshot, projectNotes: number): string[] {
  const notes: string[] = [];
  const moved = projectNotes - snap.memos.filter((m) => m.targetKind === 'project').length;
  if (moved > 0)
    notes.push(
      `${moved} memo(s) about codings whose words were deleted (or about something else not exported) are attached to the project as a whole.`,
    );
  const { reports, snapshots, quotes } = snap.notInExport;
  const parts = [
    reports > 0 ? `${reports} report definition(s)` : '',
    snapshots > 0 ? `${snapshots} generated report(s)` : '',
    quotes > 0 ? `${quotes} quote(s) starred for reports` : '',
  ].filter(Boolean);
  if (parts.length > 0) notes.push(`REFI-QDA has no place for reports, so these are not in the file: ${parts.join(', ')}.`);
  return notes;
}

/**
 * Builds `project.qde` and the source files of a .qdpx (valid against the REFI-QDA Project XSD,
 * elements in schema order, empty containers left out). How Verbatim maps onto REFI-QDA:
 * users → Users; codes → CodeBook; attributes → Variables; participants → Cases with VariableValues,
 * SourceRefs to the documents they speak in and SelectionRefs to their turns; documents → TextSources;
 * codings → PlainTextSelection + Coding; memos → Notes (text inline and as a file) referenced from what they are about; sessions →
 * Sets of their documents and memos. What REFI-QDA has no field for travels in a `[verbatim]` line.
 */
export function exportProjectFiles(snap: StudySnapshot): { files: ZipFileSpec[]; notes: string[] } {
  // Measured: about 550 bytes per coding and 300 per turn (its selection and the Case's reference to it).
  const turns = [...snap.turns.values()].reduce((n, list) => n + list.length, 0);
  // A project file past LARGE_BYTES is deflated at level 1 (below), so its pieces can go at level 1 as
  // soon as they are written; pieces are handed over only past PIECE_BYTES (= LARGE_BYTES).
  const qdeDeflater = new PieceDeflater(1);
  const out = new XmlOut({
    expectedBytes: snap.codings.length * 800 + turns * 400 + snap.participants.length * 1000 + (1 << 20),
    pieces: { bytes: PIECE_BYTES, take: (piece) => qdeDeflater.push(piece) },
  });
  const refs = projectRefs(snap);
  writeProjectHead(out, snap, refs);
  const sources = writeSources(out, snap, refs.users, refs);
  const memoFiles = writeProjectTail(out, snap, refs);
  const qde = out.toBuffer();
  const deflated = qdeDeflater.started ? qdeDeflater.finish(qde.subarray(out.bytesHandedOver)) : undefined;
  return projectFilesOf(snap, { qde, deflated, replaced: out.replaced }, sources, memoFiles, refs);
}

/** What the parts of project.qde refer to: the users and the memos by what they are about. */
export type ProjectRefs = ReturnType<typeof memoRefs> & { users: Set<string> };

/**
 * The references of a complete snapshot (a memo about something not exported goes to the project).
 * `codings`: the ids of the codings written, when the snapshot no longer holds them (exportStreamed.ts).
 */
export function projectRefs(snap: StudySnapshot, codings?: ReadonlySet<string>): ProjectRefs {
  const ids = {
    session: new Set(snap.sessions.map((s) => s.id)),
    document: new Set(snap.documents.map((d) => d.id)),
    code: new Set(snap.codes.map((c) => c.id)),
    coding: codings ?? new Set(snap.codings.filter((c) => c.status !== 'orphaned').map((c) => c.id)),
  };
  const refs = memoRefs(snap.memos, (kind, id) => kind !== 'project' && ids[kind].has(id));
  return { ...refs, users: new Set(snap.users.map((u) => u.id)) };
}

/** Memos by the document or coding they are about, before the codings are known (see exportStreamed.ts). */
export function sourceMemosOf(memos: readonly MemoRecord[]): ProjectRefs {
  return { ...memoRefs(memos, () => true), users: new Set() };
}

/** `<Project>` and what comes before its Sources: Users, CodeBook, Variables, Cases. */
export function writeProjectHead(out: XmlOut, snap: StudySnapshot, refs: ProjectRefs, spoken: Spoken = spokenTurns(snap)): void {
  const userIds = refs.users;
  out.open('Project', [
    ['xmlns', 'urn:QDA-XML:project:1.0'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', 'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd'],
    ['name', snap.title],
    ['origin', snap.origin],
    ['creatingUserGUID', userIds.has(snap.userId) ? snap.userId : undefined],
    ['creationDateTime', xsdDateTime(snap.createdAt)],
    ['modifyingUserGUID', userIds.has(snap.userId) ? snap.userId : undefined],
    ['modifiedDateTime', xsdDateTime(new Date().toISOString())],
  ]);
  if (snap.users.length > 0) {
    out.open('Users');
    for (const u of snap.users)
      out.empty('User', [
        ['guid', u.id],
        ['name', u.name],
      ]);
    out.close('Users');
  }
  if (snap.codes.length > 0) {
    out.open('CodeBook');
    writeCodes(out, snap.codes, refs.code);
    out.close('CodeBook');
  }
  if (snap.attributes.length > 0) {
    out.open('Variables');
    for (const a of snap.attributes) {
      const meta = { attribute: { type: a.type, options: a.options, scaleKind: a.scaleKind, scaleMin: a.scaleMin, scaleMax: a.scaleMax } };
      out
        .open('Variable', [
          ['guid', a.id],
          ['name', a.name],
          ['typeOfVariable', TYPE_OF[a.type]],
        ])
        .text('Description', withMeta(readableAttribute(a), meta))
        .close('Variable');
    }
    out.close('Variables');
  }
  writeCases(out, snap, spoken);
}

/** What comes after the Sources: Notes, Sets, the project's NoteRefs; returns the memos' files. */
export function writeProjectTail(out: XmlOut, snap: StudySnapshot, refs: ProjectRefs): ZipFileSpec[] {
  const userIds = refs.users;
  const memoFiles: ZipFileSpec[] = [];
  if (snap.memos.length > 0) {
    out.open('Notes');
    for (const m of snap.memos) {
      // QualCoder reads a note's text only from a file, so the text is written both ways: as a file
      // (REFI-QDA's `plainTextPath`, an `internal://` file in sources/) and inline, which other tools read.
      const file = `${m.id}.txt`;
      memoFiles.push({ name: `sources/${file}`, data: m.body });
      out.open('Note', [
        ['guid', m.id],
        ['name', m.title],
        ['plainTextPath', `internal://${file}`],
        ['creatingUser', m.createdBy && userIds.has(m.createdBy) ? m.createdBy : undefined],
        ['creationDateTime', xsdDateTime(m.createdAt)],
        ['modifiedDateTime', xsdDateTime(m.updatedAt)],
      ]);
      out.text('PlainTextContent', m.body).close('Note');
    }
    out.close('Notes');
  }
  writeSessions(out, snap, refs.session);
  for (const id of refs.project) out.empty('NoteRef', [['targetGUID', id]]);
  out.close('Project');
  return memoFiles;
}

/** The archive's files around a written project.qde (`deflated`: its pieces already compressed at level 1). */
export function projectFilesOf(
  snap: StudySnapshot,
  qde: { qde: Buffer | readonly Buffer[]; deflated: Promise<Buffer> | undefined; replaced: number },
  sources: SourcesOut,
  memoFiles: ZipFileSpec[],
  refs: ProjectRefs,
): { files: ZipFileSpec[]; notes: string[] } {
  const invalid = qde.replaced;
  const notes = [...sources.notes];
  notes.push(...leftOutNotes(snap, refs.project.length));
  if (invalid > 0)
    notes.push(
      `${invalid} invisible control character(s) that a REFI-QDA file cannot hold (in names, memos or descriptions) were replaced by "\uFFFD".`,
    );
  // A large project deflates almost as small at level 1, two to four times as fast (measured on 100,000
  // codings: the project file 14.4 MB instead of 12.9 MB, the 500 texts 2.6 MB instead of 2.1 MB, 0.7 s less).
  const large = (bytes: number) => (bytes > LARGE_BYTES ? 1 : 6);
  const textFiles = [...sources.files, ...memoFiles];
  const textBytes = textFiles.reduce((n, f) => n + f.data.length, 0); // UTF-16 units: near enough to bytes for a threshold
  const qdeBytes = Buffer.isBuffer(qde.qde) ? qde.qde.length : qde.qde.reduce((n, b) => n + b.length, 0);
  return {
    files: [
      { name: 'project.qde', data: qde.qde, level: large(qdeBytes), deflated: qde.deflated },
      ...textFiles.map((f) => ({ ...f, level: large(textBytes) })),
    ],
    notes,
  };
}

function writeCases(out: XmlOut, snap: StudySnapshot, spoken: Spoken): void {
  if (snap.participants.length === 0) return;
  out.open('Cases');
  for (const p of snap.participants) {
    out.open('Case', [
      ['guid', p.id],
      ['name', p.displayName],
    ]);
    if (p.notes) out.text('Description', p.notes);
    for (const a of snap.attributes) {
      const v = p.values[a.id];
      if (v === undefined || v === null) continue;
      const [element, text] =
        a.type === 'date'
          ? ['DateValue', String(v)]
          : a.type === 'score' && Number.isInteger(v)
            ? ['IntegerValue', String(v)]
            : typeof v === 'number'
              ? ['FloatValue', xsdDecimal(v)]
              : ['TextValue', String(v)];
      if (text === undefined) continue;
      out
        .open('VariableValue')
        .empty('VariableRef', [['targetGUID', a.id]])
        .text(element, text)
        .close('VariableValue');
    }
    const mine = spoken.get(p.id);
    for (const d of mine?.documents ?? []) out.empty('SourceRef', [['targetGUID', d]]);
    if (snap.turnSelections) for (const s of mine?.selections ?? []) out.empty('SelectionRef', [['targetGUID', s]]);
    out.close('Case');
  }
  out.close('Cases');
}

function writeSessions(out: XmlOut, snap: StudySnapshot, memos: Map<string, string[]>): void {
  if (snap.sessions.length === 0) return;
  const roles = new Map<string, Record<string, string>>();
  for (const p of snap.participants)
    for (const s of p.sessions) roles.set(s.sessionId, { ...(roles.get(s.sessionId) ?? {}), [p.id]: s.role });
  const live = new Map(snap.live.map((l) => [l.sessionId, l]));
  out.open('Sets');
  for (const s of snap.sessions) {
    const docs = snap.documents.filter((d) => d.session_id === s.id);
    const readable = [QDPX_WORDS.t(SESSION_KIND_MESSAGES[s.kind]), s.date, s.place, s.moderator ? `moderated by ${s.moderator}` : null]
      .filter(Boolean)
      .join(' · ');
    const captured = live.get(s.id);
    const meta = {
      session: {
        kind: s.kind,
        date: s.date,
        place: s.place,
        moderator: s.moderator,
        notes: s.notes,
        roles: roles.get(s.id) ?? {},
        documents: Object.fromEntries(docs.map((d) => [d.id, d.kind])),
        ...(captured
          ? {
              live: {
                guide: captured.guide,
                clock: captured.clock,
                marks: captured.marks,
                speakers: captured.speakers,
                offsetMs: captured.offsetMs,
              },
            }
          : {}),
      },
    };
    out
      .open('Set', [
        ['guid', s.id],
        ['name', s.title],
      ])
      .text('Description', withMeta(`Session: ${readable}`, meta));
    for (const d of docs) out.empty('MemberSource', [['targetGUID', d.id]]);
    for (const m of memos.get(s.id) ?? []) out.empty('MemberNote', [['targetGUID', m]]);
    out.close('Set');
  }
  out.close('Sets');
}
