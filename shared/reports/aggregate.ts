import { buildCooccurrence } from './cooccurrence';
import type { ReportData } from './data';
import type { ReportDefinition } from './definition';
import type { ReportResult } from './result';
import { buildScores } from './scores';
import { applyScope } from './scope';
import { buildBreakdown, buildDrivers } from './segments';
import { flattenThemes, summarizeThemes } from './themes';

/**
 * Computes a whole report from the study's data: theme summary (with roll-ups and quotes),
 * breakdown by attribute groups, drivers of dissatisfaction, satisfaction scores and co-occurrence.
 * Pure and deterministic for a given `generatedAt`, so snapshots and tests can rely on it.
 */
export function aggregateReport(data: ReportData, def: ReportDefinition, generatedAt: string): ReportResult {
  const scope = applyScope(data, def);
  const { themes, people } = summarizeThemes(data, scope, def.quotes);
  const flat = flattenThemes(themes);
  return {
    title: def.title,
    generatedAt,
    participantsInScope: scope.participants.size,
    respondentsOnly: !def.filters.includeNonRespondents,
    codingsInScope: scope.codings.length,
    scopeNote: scope.note,
    themes,
    breakdown: buildBreakdown(data, def, flat, people, scope.participants),
    drivers: buildDrivers(data, flat, people, scope.participants),
    scores: buildScores(data, scope.participants),
    cooccurrence: buildCooccurrence(flat, scope.codings),
  };
}
