import type { PassagesFormat, RetrieveFilter, RetrieveOptions, RetrieveSort } from '../../shared/domain/retrieve';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
import { valueLabel } from '../../shared/reports/scales';
import { passagesName, type PassagesExport } from '../io/passages/passages';
import { listCodes } from './codebook';
import { retrieve } from './retrieve';
import type { Study } from './study';
import { AppError } from '../../shared/errors';

/** What the retrieve view shows, as the export takes it, and the language the file is written in. */
export interface PassagesQuery {
  codeId: string;
  includeChildren: boolean;
  filter?: RetrieveFilter;
  sort: RetrieveSort;
  language?: UiLocale;
}

const SORT_WORDS: Record<RetrieveSort, MessageId> = {
  session: 'passages.sortSession',
  speaker: 'passages.sortSpeaker',
  length: 'passages.sortLength',
  coded: 'passages.sortCoded',
};

/** "2 of 4 passages, with sub-codes · Speaker: Ben · NPS: Promoter · longest first". */
function describe(query: PassagesQuery, shown: number, total: number, options: RetrieveOptions, tr: Translator): string {
  const f = query.filter;
  const names = (list: { key: string; label: string }[], keys: string[] | undefined) =>
    (keys ?? []).map((k) => list.find((o) => o.key === k)?.label ?? k);
  const parts = [
    [
      tr.t('common.session'),
      names(
        options.sessions.map((s) => ({ key: s.id, label: s.title })),
        f?.sessionIds,
      ),
    ],
    [
      tr.t('common.speaker'),
      names(
        options.speakers.map((s) => ({ key: s.key, label: s.name })),
        f?.speakers,
      ),
    ],
    [
      tr.t('retrieve.filterCoder'),
      names(
        options.coders.map((c) => ({ key: c.id, label: c.name })),
        f?.coderIds,
      ),
    ],
    ...(f?.attributes ?? []).map((a) => {
      const attribute = options.attributes.find((o) => o.id === a.attributeId);
      return [attribute?.name ?? tr.t('passages.attribute'), names(attribute?.values ?? [], a.values)] as const;
    }),
  ] as const;
  // The values are study data (titles, names), listed as the filter chips list them.
  const filters = parts
    .filter(([, values]) => values.length > 0)
    .map(([group, values]) => tr.t('retrieve.chip', { group, value: values.join(', ') }));
  const count = tr.t('passages.scope', {
    filtered: shown === total ? 'no' : 'yes',
    shown,
    total,
    subCodes: query.includeChildren ? 'yes' : 'no',
  });
  return [count, ...filters, tr.t(SORT_WORDS[query.sort])].join(' · ');
}

function codePath(study: Study, codeId: string): string {
  const code = listCodes(study).find((c) => c.id === codeId);
  if (!code) throw new AppError('NOT_FOUND', 'editing.codeGone');
  return code.path;
}

/** The name a save dialog suggests for this code's passages. */
export function passagesFileName(study: Study, codeId: string, format: PassagesFormat): string {
  return passagesName(codePath(study, codeId), format);
}

/**
 * The passages the view shows (the same filter and order), ready to be written in the query's
 * language. Refuses an empty list before any save dialog opens, so nobody sends a client a file
 * with only a header row.
 */
export function passagesToExport(study: Study, query: PassagesQuery): PassagesExport {
  const tr = translatorFor(query.language ?? 'en');
  const path = codePath(study, query.codeId);
  const { passages, total, options } = retrieve(study, query);
  if (passages.length === 0) throw new AppError('INVALID_INPUT', 'passages.nothingToExport');
  const attributes = study.repos.attributes.list().sort((a, b) => a.position - b.position);
  const facts = new Map<string, string[]>();
  for (const p of study.repos.participants.list())
    facts.set(
      p.id,
      attributes.flatMap((a) => (a.type === 'date' ? [] : [valueLabel(a, p.values[a.id], tr)].filter((v): v is string => v !== null))),
    );
  return { codePath: path, passages, facts, scope: describe(query, passages.length, total, options, tr), tr };
}
