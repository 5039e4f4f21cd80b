import type { PassagesFormat, RetrieveFilter, RetrieveSort } from '../../shared/domain/retrieve';
import { valueLabel } from '../../shared/reports/scales';
import { passagesName, type PassagesExport } from '../io/passages';
import { listCodes } from './codebook';
import { retrieve } from './retrieve';
import type { Study } from './study';
import { AppError } from '../api/errors';

/** What the retrieve view shows, as the export takes it. */
export interface PassagesQuery {
  codeId: string;
  includeChildren: boolean;
  filter?: RetrieveFilter;
  sort: RetrieveSort;
}

function codePath(study: Study, codeId: string): string {
  const code = listCodes(study).find((c) => c.id === codeId);
  if (!code) throw new AppError('NOT_FOUND', 'That code no longer exists.');
  return code.path;
}

/** The name a save dialog suggests for this code's passages. */
export function passagesFileName(study: Study, codeId: string, format: PassagesFormat): string {
  return passagesName(codePath(study, codeId), format);
}

/**
 * The passages the view shows (the same filter and order), ready to be written. Refuses an empty
 * list before any save dialog opens, so nobody sends a client a file with only a header row.
 */
export function passagesToExport(study: Study, query: PassagesQuery): PassagesExport {
  const path = codePath(study, query.codeId);
  const { passages } = retrieve(study, query);
  if (passages.length === 0) throw new AppError('INVALID_INPUT', 'No passages match these filters, so there is nothing to export. Clear a filter and try again.');
  const attributes = study.repos.attributes.list().sort((a, b) => a.position - b.position);
  const facts = new Map<string, string[]>();
  for (const p of study.repos.participants.list())
    facts.set(p.id, attributes.flatMap((a) => (a.type === 'date' ? [] : [valueLabel(a, p.values[a.id])].filter((v): v is string => v !== null))));
  return { codePath: path, passages, facts };
}
