import { sentence } from '../../../shared/i18n/sentence';
import { sameCodingKey } from '../../../shared/domain/coding';
import type { CodingRow } from '../../db/repos/codingsRepo';
import { idForGuid } from '../../io/refi/guid';
import type { PlanDoc } from '../../io/refi/plan';
import { clip } from '../../io/refi/report';
import { isoDate } from '../../io/refi/xmlRead';
import type { WriteContext } from './writeCatalog';

/** A free id: the GUID's own when no row has it yet (so a later import matches by GUID), else a new one. */
function freeId(guid: string, taken: (id: string) => boolean): string {
  const id = idForGuid(guid);
  return taken(id) ? crypto.randomUUID() : id;
}

/**
 * A maker of UUIDs (version 8, RFC variant) that sort in the order they are made: a random part fixed
 * for this import around a counter. The 100,000 turns of a large import then go to the end of the
 * turns' primary-key index instead of to random places in it (measured: the write of a 100,000-coding
 * re-import about 0.2 s of CPU faster).
 */
export function orderedIds(): () => string {
  const random = crypto.randomUUID().replaceAll('-', '');
  // The fixed parts, cut once rather than for each of 100,000 ids.
  const head = `${random.slice(0, 8)}-${random.slice(8, 12)}-8`;
  const middle = `-${random[16]}`;
  const tail = `-${random.slice(20, 32)}`;
  let next = 0;
  return () => {
    const n = next++;
    if (n >= 0x1000000) return crypto.randomUUID(); // past 16,777,216 turns the counter is full: random ids are as valid
    const count = n.toString(16).padStart(6, '0');
    return `${head}${count.slice(0, 3)}${middle}${count.slice(3)}${tail}`;
  };
}

/**
 * Documents with their turns and codings. A source already in the study (same GUID, same text: a
 * project that went to a colleague's tool and came back) gets the file's codings added to it, skipping
 * any the study already has on the same words with the same code by the same coder; same GUID with other text is a new
 * document.
 */
export function writeDocuments(ctx: WriteContext): void {
  const { documents, codings } = ctx.study.repos;
  // A new study holds no codings but the ones written here, so only a merge asks the database (100,000 look-ups saved).
  const inserted = new Set<string>();
  const turnId = orderedIds();
  const taken = (id: string) => inserted.has(id) || (ctx.merging && codings.get(id) !== null);
  const oneToOne = distinctValues(ctx.codes) && distinctValues(ctx.users);
  // Only notes point at codings (by the coding's GUID): the rows of the others need not be remembered.
  const noted = new Set(ctx.plan.memos.flatMap((m) => (m.target.kind === 'coding' ? [m.target.key] : [])));
  const remember = (guid: string, id: string) => {
    if (noted.has(guid)) ctx.codings.set(guid, id);
  };
  for (const doc of ctx.plan.docs) {
    const own = idForGuid(doc.guid);
    const existing = documents.get(own);
    let id: string;
    const known = new Map<string, string>();
    if (existing && existing.plain_text === doc.text) {
      id = own;
      for (const c of codings.byDocument(id)) known.set(sameCodingKey(c.code_id, c.start_offset, c.end_offset, c.coder_id), c.id);
      ctx.report.map(sentence('imports.whatSource', { source: clip(doc.title) }), sentence('imports.howSourceAlreadyHere'));
    } else {
      id = existing ? crypto.randomUUID() : own;
      if (existing) ctx.report.map(sentence('imports.whatSource', { source: clip(doc.title) }), sentence('imports.howSourceGuidOtherText'));
      insertDocument(ctx, doc, id, turnId);
    }
    ctx.docs.set(doc.key, id);
    ctx.report.counts.sources++;
    // The plan holds each (code, words, coder) once per document. Into a document made just now, with codes
    // and coders that became distinct rows, that is already true of the rows: no key to build for each of 100,000 codings.
    const compare = known.size > 0 || !oneToOne || !doc.codings.every((c) => c.coderKey === null || ctx.users.has(c.coderKey));
    let skipped = 0;
    for (const c of doc.codings) {
      const codeId = ctx.codes.get(c.codeKey);
      if (!codeId) continue;
      const coderId = c.coderKey ? (ctx.users.get(c.coderKey) ?? null) : null;
      const same = compare ? sameCodingKey(codeId, c.start, c.end, coderId) : '';
      const already = compare ? known.get(same) : undefined;
      if (already !== undefined) {
        // Memos on this coding in the file still find it.
        remember(c.guid, already);
        skipped++;
        continue;
      }
      const row: CodingRow = {
        id: freeId(c.guid, taken),
        document_id: id,
        code_id: codeId,
        start_offset: c.start,
        end_offset: c.end,
        quote: doc.text.slice(c.start, c.end),
        status: 'anchored',
        memo: c.memo,
        coder_id: coderId,
        created_at: isoDate(c.created) ?? ctx.at,
      };
      codings.insert(row);
      inserted.add(row.id);
      if (compare) known.set(same, row.id);
      remember(c.guid, row.id);
      ctx.report.counts.codings++;
    }
    if (skipped > 0)
      ctx.report.map(
        sentence('imports.whatCodingsIn', { count: skipped, source: clip(doc.title) }),
        sentence('imports.howCodingsAlreadyHere'),
      );
  }
}

/** True when no two keys of `map` lead to the same row (two codes of the file matched one code of the study, say). */
function distinctValues(map: ReadonlyMap<string, string>): boolean {
  return new Set(map.values()).size === map.size;
}

function insertDocument(ctx: WriteContext, doc: PlanDoc, id: string, turnId: () => string): void {
  const { documents } = ctx.study.repos;
  documents.insert({
    id,
    session_id: doc.sessionKey ? (ctx.sessions.get(doc.sessionKey) ?? null) : null,
    kind: doc.kind,
    title: doc.title,
    plain_text: doc.text,
    editor_state: null,
    rev: 0,
    created_at: isoDate(doc.created) ?? ctx.at,
    updated_at: ctx.at,
    created_by: (doc.creatorKey ? ctx.users.get(doc.creatorKey) : undefined) ?? ctx.study.userId,
    source_name: doc.sourceName,
    source_format: 'refi-qda',
  });
  let lostQuestions = 0;
  doc.turns.forEach((t, position) => {
    const participantId = t.participantKey ? (ctx.participants.get(t.participantKey) ?? null) : null;
    const questionId = t.questionId ? (ctx.guideItems.get(t.questionId) ?? null) : null;
    if (t.questionId && questionId === null) lostQuestions++;
    documents.insertTurn({
      id: turnId(),
      document_id: id,
      position,
      start_offset: t.start,
      end_offset: t.end,
      speaker_label: t.label ?? null,
      participant_id: participantId,
      start_ms: t.startMs ?? null,
      end_ms: t.endMs ?? null,
      question_id: questionId,
      starred: t.starred ? 1 : 0,
    });
  });
  if (lostQuestions > 0)
    ctx.report.drop(
      sentence('imports.whatGuideQuestions', { count: lostQuestions, source: clip(doc.title) }),
      sentence('imports.whyGuideMissing'),
    );
}

/** Memos on what their notes pointed at; a memo already in the study (same GUID) is not added twice. */
export function writeMemos(ctx: WriteContext): void {
  const { memos } = ctx.study.repos;
  let already = 0;
  for (const m of ctx.plan.memos) {
    const id = idForGuid(m.guid);
    if (memos.get(id)) {
      already++;
      continue;
    }
    let kind = m.target.kind;
    let targetId: string | null = null;
    if (m.target.kind !== 'project') {
      const map = { session: ctx.sessions, document: ctx.docs, code: ctx.codes, coding: ctx.codings }[m.target.kind];
      targetId = map.get(m.target.key) ?? null;
      if (targetId === null) {
        ctx.report.map(
          sentence('imports.whatNote', { note: clip(m.title) }),
          sentence('imports.howNoteTargetGone', { kind: m.target.kind }),
        );
        kind = 'project';
      }
    }
    memos.insert({
      id,
      targetKind: kind,
      targetId,
      title: m.title.slice(0, 500),
      body: m.body,
      createdAt: isoDate(m.created) ?? ctx.at,
      updatedAt: isoDate(m.modified) ?? isoDate(m.created) ?? ctx.at,
      createdBy: m.authorKey ? (ctx.users.get(m.authorKey) ?? null) : null,
    });
    ctx.report.counts.notes++;
  }
  if (already > 0) ctx.report.map(sentence('imports.whatNoteCount', { count: already }), sentence('imports.howNotesAlreadyHere'));
}
