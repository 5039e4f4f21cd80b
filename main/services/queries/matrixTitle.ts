import type { ParsedMatrixQuery } from '../../../shared/domain/matrix';
import type { Translator } from '../../../shared/i18n/translator';
import type { ReportData } from '../../../shared/reports/data';

/**
 * What a matrix counts and over what, in one line for the export's title row and the view's
 * caption: "Codings by NPS · with sub-codes · Only 2 chosen sessions. · Respondents only".
 */
export function matrixTitle(data: ReportData, q: ParsedMatrixQuery, tr: Translator): string {
  const c = q.columns;
  const by =
    c.by === 'attribute'
      ? (data.attributes.find((a) => a.id === c.attributeId)?.name ?? '')
      : c.by === 'sessions'
        ? tr.t('matrix.bySessions')
        : c.by === 'participants'
          ? tr.t('matrix.byParticipants')
          : tr.t('matrix.byCodes');
  const notes: string[] = [];
  const f = q.filter;
  if (f && f.sessionIds.length > 0) notes.push(tr.t('report.scopeSessions', { count: f.sessionIds.length }));
  if (f && f.coderIds.length > 0) {
    const names = new Map(data.coders.map((u) => [u.id, u.name]));
    const coders = f.coderIds.map((id) => names.get(id) ?? tr.t('report.scopeUnknownCoder'));
    notes.push(tr.t('report.scopeCoders', { coders: new Intl.ListFormat(tr.tag, { type: 'disjunction' }).format(coders) }));
  }
  for (const rule of f?.attributes ?? [])
    notes.push(
      tr.t('report.scopeParticipants', {
        attribute: data.attributes.find((a) => a.id === rule.attributeId)?.name ?? tr.t('report.scopeAnAttribute'),
        values: new Intl.ListFormat(tr.tag, { type: 'disjunction' }).format(rule.values),
      }),
    );
  return [
    tr.t('matrix.title', { count: q.count, by }),
    q.includeChildren ? tr.t('matrix.withSubCodes') : null,
    notes.length > 0 ? tr.t('report.scopeOnly', { notes: notes.join('; ') }) : null,
    q.includeModerator ? tr.t('matrix.everyone') : tr.t('matrix.respondentsOnly'),
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
