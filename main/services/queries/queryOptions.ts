import type { RetrieveOptions } from '../../../shared/domain/retrieve';
import type { UiLocale } from '../../../shared/i18n/locales';
import { translatorFor } from '../../../shared/i18n/translator';
import { collect, options } from '../retrieve';
import type { Study } from '../study';

/**
 * What a coding query can be limited to, as the retrieve filter offers it: the sessions, speakers,
 * coders and attribute groups of the study's coded passages, each with how many codings it holds.
 */
export function queryOptions(study: Study, language: UiLocale): RetrieveOptions {
  const roots = study.repos.codes.all().filter((c) => c.parent_id === null);
  const passages = roots.flatMap((r) => collect(study, r.id, true));
  const people = new Map(study.repos.participants.list().map((p) => [p.id, p]));
  return options(study, passages, study.repos.attributes.list(), people, translatorFor(language));
}
