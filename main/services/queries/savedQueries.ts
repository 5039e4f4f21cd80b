import { QueryRestrictions, type SavedQuery } from '../../../shared/domain/codingQuery';
import { AppError } from '../../../shared/errors';
import type { SavedQueryRow } from '../../db/repos/savedQueriesRepo';
import { stepLabel } from '../history';
import { now, type Study } from '../study';

function toSaved(row: SavedQueryRow, coders: Map<string, string>): SavedQuery {
  return {
    id: row.id,
    name: row.name,
    expression: row.expression,
    // Written by this file only, through the schema; a row that does not parse is not ours to guess at.
    restrictions: QueryRestrictions.parse(JSON.parse(row.restrictions)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    coder: row.coder_id ? (coders.get(row.coder_id) ?? null) : null,
  };
}

function requireSaved(study: Study, id: string): SavedQueryRow {
  const row = study.repos.savedQueries.get(id);
  if (!row) throw new AppError('NOT_FOUND', 'queries.errorSavedGone');
  return row;
}

function assertNameFree(study: Study, name: string, exceptId: string | null): void {
  const same = study.repos.savedQueries.byName(name);
  if (same && same.id !== exceptId) throw new AppError('ALREADY_EXISTS', 'queries.errorNameTaken', { name });
}

export function listSavedQueries(study: Study): SavedQuery[] {
  const coders = study.repos.codings.coderNames();
  return study.repos.savedQueries.list().map((r) => toSaved(r, coders));
}

/** The saved query of that name (ignoring case), for `verbatim query --saved`. */
export function savedQueryByName(study: Study, name: string): SavedQuery {
  const row = study.repos.savedQueries.byName(name.trim());
  if (!row) throw new AppError('NOT_FOUND', 'queries.errorNoSavedNamed', { name });
  return toSaved(row, study.repos.codings.coderNames());
}

/** Keeps a query in the study under a new name, by the current coder; undoable. */
export function saveQuery(study: Study, input: { name: string; expression: string; restrictions: QueryRestrictions }): SavedQuery {
  const name = input.name.trim();
  assertNameFree(study, name, null);
  const at = now();
  const row: SavedQueryRow = {
    id: crypto.randomUUID(),
    name,
    expression: input.expression,
    restrictions: JSON.stringify(input.restrictions),
    created_at: at,
    updated_at: at,
    coder_id: study.userId,
  };
  study.change(stepLabel('queries.stepSave', { name }), 'queries:save', input, (track) => {
    track('saved_queries', row.id);
    study.repos.savedQueries.insert(row);
  });
  return toSaved(row, study.repos.codings.coderNames());
}

/** Renames a saved query or replaces what it asks; undoable. */
export function updateSavedQuery(
  study: Study,
  id: string,
  changes: { name?: string; expression?: string; restrictions?: QueryRestrictions },
): SavedQuery {
  const row = requireSaved(study, id);
  const name = changes.name?.trim() ?? row.name;
  assertNameFree(study, name, id);
  const next: SavedQueryRow = {
    ...row,
    name,
    expression: changes.expression ?? row.expression,
    restrictions: changes.restrictions ? JSON.stringify(changes.restrictions) : row.restrictions,
    updated_at: now(),
  };
  const label = name !== row.name ? stepLabel('queries.stepRename', { from: row.name, to: name }) : stepLabel('queries.stepEdit', { name });
  study.change(label, 'queries:update', { id, changes }, (track) => {
    track('saved_queries', id);
    study.repos.savedQueries.update(next);
  });
  return toSaved(study.repos.savedQueries.get(id)!, study.repos.codings.coderNames());
}

export function deleteSavedQuery(study: Study, id: string): void {
  const row = requireSaved(study, id);
  study.change(stepLabel('queries.stepDelete', { name: row.name }), 'queries:delete', { id }, (track) => {
    track('saved_queries', id);
    study.repos.savedQueries.remove(id);
  });
}
