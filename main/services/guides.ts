import type { Guide, GuideInput } from '../../shared/domain/live';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { GuideItemRecord, GuideRecord } from '../db/repos/liveRepo';
import { now, type Study } from './study';

/**
 * Discussion guides: reusable, ordered sections and questions with planned minutes. Saving keeps the
 * id of every item passed with one, so notes stay linked to their question when the guide is edited;
 * items left out are removed (their notes' question goes empty). Guide edits are not undoable.
 */

function toGuide(row: GuideRecord & { sessions: number }, items: GuideItemRecord[]): Guide {
  return {
    id: row.id,
    title: row.title,
    sessions: row.sessions,
    items: items.map((i) => ({ id: i.id, kind: i.kind, text: i.text, plannedMinutes: i.plannedMinutes })),
  };
}

export function listGuides(study: Study): Guide[] {
  const items = study.repos.live.allItems();
  return study.repos.live.guides().map((g) => toGuide(g, items.get(g.id) ?? []));
}

export function getGuide(study: Study, id: string): Guide | null {
  const row = study.repos.live.guide(id);
  return row ? toGuide(row, study.repos.live.items(id)) : null;
}

export function requireGuide(study: Study, id: string): Guide {
  const guide = getGuide(study, id);
  if (!guide) throw new AppError('NOT_FOUND', 'editing.guideGone');
  return guide;
}

/** Creates a guide (no id) or replaces one's title and items. */
export function saveGuide(study: Study, input: z.output<typeof GuideInput>): Guide {
  const { live } = study.repos;
  const guideId = input.id ?? crypto.randomUUID();
  if (input.id !== undefined) requireGuide(study, input.id);
  const seen = new Set<string>();
  for (const item of input.items) {
    if (item.id === undefined) continue;
    if (seen.has(item.id)) throw new AppError('INVALID_INPUT', 'editing.guideItemTwice');
    seen.add(item.id);
    const existing = live.item(item.id);
    if (existing && existing.guideId !== guideId) throw new AppError('INVALID_INPUT', 'editing.guideItemElsewhere');
  }
  const at = now();
  let notesChanged = false;
  study.write(
    'guides:save',
    () => {
      if (input.id === undefined)
        live.insertGuide({ id: guideId, title: input.title, createdAt: at, updatedAt: at, createdBy: study.userId });
      else live.updateGuide(guideId, input.title, at);
      const before = new Map(live.items(guideId).map((i) => [i.id, i]));
      for (const id of before.keys())
        if (!seen.has(id)) {
          notesChanged ||= live.itemNoted(id);
          live.removeItem(id);
        }
      input.items.forEach((item, position) => {
        const row: GuideItemRecord = {
          id: item.id ?? crypto.randomUUID(),
          guideId,
          position,
          kind: item.kind,
          text: item.text,
          plannedMinutes: item.plannedMinutes,
        };
        // A question that became a section heading is no longer something a note answers.
        if (row.kind === 'section' && before.get(row.id)?.kind === 'question' && live.itemNoted(row.id)) {
          notesChanged = true;
          live.unlinkNotes(row.id);
        }
        if (before.has(row.id)) live.updateItem(row);
        else live.insertItem(row);
      });
    },
    { id: guideId, title: input.title, items: input.items.length },
  );
  // Notes lost their question underneath the undo steps that wrote them: those steps can no longer be replayed.
  if (notesChanged) study.history.clear();
  return requireGuide(study, guideId);
}

/** Deletes a guide; sessions using it keep their notes, which lose their question. */
export function deleteGuide(study: Study, id: string): void {
  const guide = requireGuide(study, id);
  const noted = guide.items.some((item) => study.repos.live.itemNoted(item.id));
  study.write('guides:delete', () => study.repos.live.removeGuide(id), { id });
  // As in saveGuide: notes lost their question underneath earlier undo steps.
  if (noted) study.history.clear();
}
