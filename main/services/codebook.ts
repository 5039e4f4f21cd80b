import { CODE_COLORS, type Code, type CodeDescription } from '../../shared/domain/coding';
import { AppError } from '../../shared/errors';
import type { CodeRow } from '../db/repos/codesRepo';
import { branchIds, buildCodebook } from './codeTree';
import { stepLabel } from './history';
import { respondentTestOf } from './respondents';
import { now, type Study } from './study';

/**
 * The codebook with counts, depth-first. Participants are counted as reports count them: the
 * people who ran or watched a session reach no code there (the document still counts).
 */
export function listCodes(study: Study): Code[] {
  const { codes } = study.repos;
  const isRespondentIn = respondentTestOf(study);
  const reach = codes
    .reach()
    .map((r) => (r.participant_id && !isRespondentIn(r.document_id, r.participant_id) ? { ...r, participant_id: null } : r));
  return buildCodebook(codes.all(), codes.codingCounts(), reach);
}

/** The code `id` and the codes above it, with their counts as they are now (what a coding with it changes). */
export function codesAbove(study: Study, id: string): Code[] {
  const all = listCodes(study);
  const byId = new Map(all.map((c) => [c.id, c]));
  const chain: Code[] = [];
  for (let code = byId.get(id); code && !chain.includes(code); code = code.parentId ? byId.get(code.parentId) : undefined) chain.push(code);
  return chain;
}

export function findCode(study: Study, id: string): Code {
  const code = listCodes(study).find((c) => c.id === id);
  if (!code) throw new AppError('NOT_FOUND', 'editing.codeGone');
  return code;
}

function requireRow(study: Study, id: string): CodeRow {
  const row = study.repos.codes.get(id);
  if (!row) throw new AppError('NOT_FOUND', 'editing.codeGone');
  return row;
}

function assertNameFree(study: Study, parentId: string | null, name: string, self: string | null): void {
  const clash = study.repos.codes.findSibling(parentId, name);
  if (clash && clash.id !== self) throw new AppError('ALREADY_EXISTS', 'editing.codeNameTaken', { name });
}

/** Inserts a code inside the caller's change (used by the palette's "create and apply" too). */
export function insertCode(
  study: Study,
  track: (table: 'codes', id: string) => void,
  input: { name: string; parentId: string | null; color?: string; description?: Partial<CodeDescription> },
): CodeRow {
  const name = input.name.trim();
  if (input.parentId !== null) requireRow(study, input.parentId);
  assertNameFree(study, input.parentId, name, null);
  const count = study.repos.codes.all().length;
  const row: CodeRow = {
    id: crypto.randomUUID(),
    parent_id: input.parentId,
    name,
    color: input.color ?? CODE_COLORS[count % CODE_COLORS.length]!,
    definition: input.description?.definition ?? null,
    when_to_use: input.description?.whenToUse ?? null,
    when_not_to_use: input.description?.whenNotToUse ?? null,
    example: input.description?.example ?? null,
    position: study.repos.codes.nextPosition(input.parentId),
    pinned: null,
    created_at: now(),
    created_by: study.userId,
  };
  track('codes', row.id);
  study.repos.codes.insert(row);
  return row;
}

export function createCode(study: Study, input: Parameters<typeof insertCode>[2]): Code {
  const row = study.change(stepLabel('editing.stepCreateCode', { name: input.name.trim() }), 'codes:create', input, (track) =>
    insertCode(study, track, input),
  );
  return findCode(study, row.id);
}

export function updateCode(
  study: Study,
  id: string,
  changes: { name?: string; color?: string; description?: Partial<CodeDescription> },
): Code {
  const row = requireRow(study, id);
  const name = changes.name?.trim() ?? row.name;
  assertNameFree(study, row.parent_id, name, id);
  const d = changes.description ?? {};
  const label =
    changes.name && name !== row.name
      ? stepLabel('editing.stepRenameCode', { from: row.name, to: name })
      : stepLabel('editing.stepEditCode', { name: row.name });
  study.change(label, 'codes:update', { id, changes }, (track) => {
    track('codes', id);
    study.repos.codes.update({
      ...row,
      name,
      color: changes.color ?? row.color,
      definition: d.definition !== undefined ? d.definition : row.definition,
      when_to_use: d.whenToUse !== undefined ? d.whenToUse : row.when_to_use,
      when_not_to_use: d.whenNotToUse !== undefined ? d.whenNotToUse : row.when_not_to_use,
      example: d.example !== undefined ? d.example : row.example,
    });
  });
  return findCode(study, id);
}

/** Moves a code under a new parent (null: top level) at `position` among its new siblings. */
export function moveCode(study: Study, id: string, parentId: string | null, position: number): Code {
  const row = requireRow(study, id);
  if (parentId !== null) {
    requireRow(study, parentId);
    if (branchIds(study.repos.codes.all(), id).has(parentId)) throw new AppError('INVALID_INPUT', 'editing.codeIntoItself');
  }
  assertNameFree(study, parentId, row.name, id);
  study.change(stepLabel('editing.stepMoveCode', { name: row.name }), 'codes:move', { id, parentId, position }, (track) => {
    const siblings = study.repos.codes.children(parentId).filter((c) => c.id !== id);
    siblings.splice(Math.max(0, Math.min(position, siblings.length)), 0, { ...row, parent_id: parentId });
    siblings.forEach((s, i) => {
      if (s.position === i && s.id !== id) return;
      track('codes', s.id);
      study.repos.codes.update({ ...s, position: i });
    });
  });
  return findCode(study, id);
}

/** Pins a code to number key 1–9 (taking the key from another code), or unpins it with null. */
export function pinCode(study: Study, id: string, pin: number | null): Code {
  const row = requireRow(study, id);
  study.change(
    pin === null ? stepLabel('editing.stepUnpinCode', { name: row.name }) : stepLabel('editing.stepPinCode', { name: row.name, key: pin }),
    'codes:pin',
    { id, pin },
    (track) => {
      const holder = pin === null ? null : study.repos.codes.byPin(pin);
      if (holder && holder.id !== id) {
        track('codes', holder.id);
        study.repos.codes.update({ ...holder, pinned: null });
      }
      track('codes', id);
      study.repos.codes.update({ ...row, pinned: pin });
    },
  );
  return findCode(study, id);
}

/**
 * Merges `sourceId` into `targetId`: codings move over (one that would duplicate a target coding
 * by the same coder on the same words collapses into it; another coder's stays theirs), children move under the target, the source goes.
 * A backup is taken first; the merge can also be undone.
 */
export function mergeCodes(study: Study, sourceId: string, targetId: string): { code: Code; backupPath: string } {
  const source = requireRow(study, sourceId);
  const target = requireRow(study, targetId);
  if (sourceId === targetId) throw new AppError('INVALID_INPUT', 'editing.mergeSameCode');
  if (branchIds(study.repos.codes.all(), sourceId).has(targetId)) throw new AppError('INVALID_INPUT', 'editing.mergeIntoChild');
  // Check names before the backup, so a refused merge leaves no stray backup behind.
  for (const child of study.repos.codes.children(sourceId)) assertNameFree(study, targetId, child.name, child.id);
  const backupPath = study.backup('before-merging-codes');
  study.change(
    stepLabel('editing.stepMergeCodes', { source: source.name, target: target.name }),
    'codes:merge',
    { sourceId, targetId },
    (track) => {
      for (const coding of study.repos.codings.byCode(sourceId)) {
        track('codings', coding.id);
        if (study.repos.codings.findSame(coding.document_id, targetId, coding.start_offset, coding.end_offset, coding.coder_id))
          study.repos.codings.remove(coding.id);
        else study.repos.codings.update({ ...coding, code_id: targetId });
      }
      let position = study.repos.codes.nextPosition(targetId);
      for (const child of study.repos.codes.children(sourceId)) {
        assertNameFree(study, targetId, child.name, child.id);
        track('codes', child.id);
        study.repos.codes.update({ ...child, parent_id: targetId, position: position++ });
      }
      track('codes', sourceId);
      study.repos.codes.remove(sourceId);
    },
  );
  return { code: findCode(study, targetId), backupPath };
}

/** Moves the chosen codings of a code to a new sibling code named `name`. */
export function splitCode(study: Study, id: string, codingIds: string[], name: string): Code {
  const row = requireRow(study, id);
  const created = study.change(stepLabel('editing.stepSplitCode', { name: row.name }), 'codes:split', { id, codingIds, name }, (track) => {
    const code = insertCode(study, track, { name, parentId: row.parent_id, color: undefined });
    for (const codingId of codingIds) {
      const coding = study.repos.codings.get(codingId);
      if (!coding || coding.code_id !== id) throw new AppError('INVALID_INPUT', 'editing.splitOtherCodings');
      track('codings', codingId);
      study.repos.codings.update({ ...coding, code_id: code.id });
    }
    return code;
  });
  return findCode(study, created.id);
}

/** Deletes a code, its sub-codes and all their codings, after a backup. Undo brings them back. */
export function deleteCode(study: Study, id: string): { backupPath: string } {
  const row = requireRow(study, id);
  const backupPath = study.backup('before-deleting-a-code');
  study.change(stepLabel('editing.stepDeleteCode', { name: row.name }), 'codes:delete', { id }, (track) => {
    const all = study.repos.codes.all();
    const branch = branchIds(all, id);
    for (const codeId of branch)
      for (const coding of study.repos.codings.byCode(codeId)) {
        track('codings', coding.id);
        study.repos.codings.remove(coding.id);
      }
    // Children before parents, so no code is removed while another still points at it.
    const depth = (c: CodeRow): number =>
      c.parent_id === null || !branch.has(c.parent_id) ? 0 : 1 + depth(all.find((x) => x.id === c.parent_id)!);
    for (const c of all.filter((x) => branch.has(x.id)).sort((a, b) => depth(b) - depth(a))) {
      track('codes', c.id);
      study.repos.codes.remove(c.id);
    }
  });
  return { backupPath };
}
