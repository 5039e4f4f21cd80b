import { idForGuid } from '../../io/refi/guid';
import type { GuideMeta, LiveMeta } from '../../io/refi/verbatimMeta';
import type { WriteContext } from './writeCatalog';

/**
 * A discussion guide a session set carried. A guide this study already has (same id: the export came
 * back, or a second session uses it) is used as it is, and its items are matched by id; otherwise it is
 * created with the file's ids, so every session that used one guide uses one guide again. Records in
 * `ctx.guideItems` which study item each of the file's item ids is.
 */
function writeGuide(ctx: WriteContext, guide: GuideMeta): string {
  const { live } = ctx.study.repos;
  const id = idForGuid(guide.id);
  const existing = live.guide(id);
  if (existing) {
    const items = new Set(live.items(id).map((i) => i.id));
    for (const item of guide.items) if (items.has(idForGuid(item.id))) ctx.guideItems.set(item.id, idForGuid(item.id));
    return id;
  }
  live.insertGuide({ id, title: guide.title, createdAt: ctx.at, updatedAt: ctx.at, createdBy: ctx.study.userId });
  guide.items.forEach((item, position) => {
    const own = idForGuid(item.id);
    // Item ids are unique across guides: one taken by another guide of this study gets a new id.
    const itemId = live.item(own) ? crypto.randomUUID() : own;
    live.insertItem({ id: itemId, guideId: id, position, kind: item.kind, text: item.text, plannedMinutes: item.minutes });
    ctx.guideItems.set(item.id, itemId);
  });
  return id;
}

/**
 * A session's guide, clock, question marks and transcript offset, as its Verbatim session set carried them. A session this
 * study already had (`isNew` false) keeps its own; the guide is still matched, so new notes find their questions.
 */
export function writeSessionLive(ctx: WriteContext, sessionId: string, captured: LiveMeta, isNew: boolean): void {
  const { live } = ctx.study.repos;
  const guideId = captured.guide ? writeGuide(ctx, captured.guide) : null;
  if (!isNew) return;
  if (guideId) live.setSessionGuide(sessionId, guideId, ctx.at);
  if (captured.clock) live.saveClock(sessionId, captured.clock);
  for (const [atMs, itemId] of captured.marks) live.addMark(sessionId, atMs, itemId === null ? null : (ctx.guideItems.get(itemId) ?? null));
  if (captured.offsetMs !== null) live.setTranscriptOffset(sessionId, captured.offsetMs, ctx.at, null);
}

/**
 * Which transcript speaker label is which person, per session (so the next transcript import proposes
 * the same people). Written after the participants; a label this study already maps keeps its mapping.
 */
export function writeSpeakerMappings(ctx: WriteContext): void {
  const { documents } = ctx.study.repos;
  for (const s of ctx.plan.sessions) {
    const sessionId = ctx.sessions.get(s.key);
    if (!s.live || !sessionId) continue;
    for (const [label, caseKey] of Object.entries(s.live.speakers)) {
      const participantId = ctx.participants.get(caseKey);
      if (participantId && documents.rememberedSpeaker(sessionId, label) === null)
        documents.rememberSpeaker(sessionId, label, participantId);
    }
  }
}
