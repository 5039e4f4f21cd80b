import type { PassagesFormat, RetrieveFilter, RetrieveOptions, RetrieveSort } from '../../shared/domain/retrieve';
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

const SORT_WORDS: Record<RetrieveSort, string> = { session: 'in session and time order', speaker: 'by speaker', length: 'longest first', coded: 'most recently coded first' };

/** "2 of 4 passages, with sub-codes · Speaker: Ben · NPS: Promoter · longest first". */
function describe(query: PassagesQuery, shown: number, total: number, options: RetrieveOptions): string {
  const f = query.filter;
  const names = (list: { key: string; label: string }[], keys: string[] | undefined) => (keys ?? []).map((k) => list.find((o) => o.key === k)?.label ?? k);
  const parts = [
    ['Session', names(options.sessions.map((s) => ({ key: s.id, label: s.title })), f?.sessionIds)],
    ['Speaker', names(options.speakers.map((s) => ({ key: s.key, label: s.name })), f?.speakers)],
    ['Coder', names(options.coders.map((c) => ({ key: c.id, label: c.name })), f?.coderIds)],
    ...(f?.attributes ?? []).map((a) => {
      const attribute = options.attributes.find((o) => o.id === a.attributeId);
      return [attribute?.name ?? 'Attribute', names(attribute?.values ?? [], a.values)] as const;
    }),
  ] as const;
  const filters = parts.filter(([, values]) => values.length > 0).map(([name, values]) => `${name}: ${values.join(', ')}`);
  const passages = `passage${total === 1 ? '' : 's'}`;
  const count = shown === total ? `${total} ${passages}` : `${shown} of ${total} ${passages}`;
  return [`${count}${query.includeChildren ? ', with sub-codes' : ''}`, ...filters, SORT_WORDS[query.sort]].join(' · ');
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
  const { passages, total, options } = retrieve(study, query);
  if (passages.length === 0) throw new AppError('INVALID_INPUT', 'No passages match these filters, so there is nothing to export. Clear a filter and try again.');
  const attributes = study.repos.attributes.list().sort((a, b) => a.position - b.position);
  const facts = new Map<string, string[]>();
  for (const p of study.repos.participants.list())
    facts.set(p.id, attributes.flatMap((a) => (a.type === 'date' ? [] : [valueLabel(a, p.values[a.id])].filter((v): v is string => v !== null))));
  return { codePath: path, passages, facts, scope: describe(query, passages.length, total, options) };
}
