import { buildCooccurrence } from './cooccurrence';
import type { ReportData } from './data';
import type { ReportDefinition } from './definition';
import type { ReportResult } from './result';
import { buildScores } from './scores';
import { applyScope } from './scope';
import { buildBreakdown, buildDrivers, groupsOfScope } from './segments';
import { flattenThemes, summarizeThemes } from './themes';
import { translatorFor } from '../i18n/translator';

/**
 * Computes a whole report from the study's data: theme summary (with roll-ups and quotes),
 * breakdown by attribute groups, drivers of dissatisfaction, satisfaction scores and co-occurrence.
 * Pure and deterministic for a given `generatedAt`, so snapshots and tests can rely on it. Its
 * words (group names, score details, driver sentences, the scope note) are in `def.language`.
 */
export function aggregateReport(data: ReportData, def: ReportDefinition, generatedAt: string): ReportResult {
  const tr = translatorFor(def.language);
  const scope = applyScope(data, def, tr);
  const { themes, people } = summarizeThemes(data, scope, def.quotes, tr);
  const flat = flattenThemes(themes);
  const groupsOf = groupsOfScope(data, scope.participants, tr);
  return {
    title: def.title,
    language: def.language,
    generatedAt,
    participantsInScope: scope.participants.size,
    respondentsOnly: !def.filters.includeNonRespondents,
    codingsInScope: scope.codings.length,
    scopeNote: scope.note,
    themes,
    breakdown: buildBreakdown(data, def, flat, people, groupsOf),
    drivers: buildDrivers(data, flat, people, groupsOf, tr),
    scores: buildScores(data, scope.participants, groupsOf, tr),
    cooccurrence: buildCooccurrence(flat, scope.codings),
  };
}
