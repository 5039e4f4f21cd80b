import { heatMapChart, stackedChart } from '../../shared/reports/charts';
import { chartMeasure } from './chartMeasure';
import type { ReportResult } from '../../shared/reports/result';
import {
  breakdownTables,
  cooccurrenceTable,
  driverViews,
  scoreCards,
  scoresBySegmentTable,
  sectionNotes,
} from '../../shared/reports/sections';
import { reportTranslator } from '../../shared/reports/words';
import { useT } from '../i18n/useT';
import { svgSource } from './download';
import { TextTableView } from './TextTableView';

export interface SectionProps {
  result: ReportResult;
  /** The section's heading, from the one list every format shares (shared/reports/sections.ts). */
  heading: string;
}

/** Codes × attribute groups: one table per attribute (as every export has it), each with its stacked chart. */
export function BreakdownSection({ result, heading }: SectionProps) {
  const { t } = useT();
  const attributeIds = [...new Set(result.breakdown.columns.map((c) => c.attributeId))];
  const parts = breakdownTables(result);
  const nameOf = (id: string) => result.breakdown.columns.find((c) => c.attributeId === id)?.attribute ?? '';
  return (
    <section className="report-section" aria-labelledby="rs-breakdown">
      <h3 id="rs-breakdown">{heading}</h3>
      <p className="report-note">{sectionNotes(result).breakdown}</p>
      {parts.map((b, k) => {
        const chart =
          parts[k + 1]?.attributeId !== b.attributeId
            ? stackedChart(
                result.breakdown,
                b.attributeId,
                `sc${attributeIds.indexOf(b.attributeId)}`,
                reportTranslator(result),
                15,
                chartMeasure,
              )
            : '';
        return (
          <div key={b.heading} className="report-breakdown-part">
            <h4>{b.heading}</h4>
            <TextTableView table={b.table} label={t('reports.breakdownTable', { attribute: b.heading })} />
            {chart && (
              <img
                className="report-chart"
                src={svgSource(chart)}
                alt={t('reports.stackedChartAlt', { attribute: nameOf(b.attributeId) })}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}

/** "What drives dissatisfaction": each theme's share among unhappy vs happy participants, in a table and in plain words. */
export function DriversSection({ result, heading }: SectionProps) {
  return (
    <section className="report-section" aria-labelledby="rs-drivers">
      <h3 id="rs-drivers">{heading}</h3>
      {driverViews(result).map((d) => (
        <div key={d.heading} className="report-drivers">
          <h4>{d.heading}</h4>
          <TextTableView table={d.table} label={d.heading} />
          <ul>
            {d.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p className="report-note">{d.caveat}</p>
        </div>
      ))}
    </section>
  );
}

/** NPS, CSAT and CES with n, overall and per segment. */
export function ScoresSection({ result, heading }: SectionProps) {
  const { t } = useT();
  const bySegment = scoresBySegmentTable(result);
  return (
    <section className="report-section" aria-labelledby="rs-scores">
      <h3 id="rs-scores">{heading}</h3>
      <div className="report-scores">
        {scoreCards(result).map((c) => (
          <div key={c.label} className="report-score-card" aria-label={t('reports.scoreCard', { score: c.label, value: c.value })}>
            <div className="report-score-head">
              <span className="report-score-kind">{c.label}</span>
              <span className="report-score-value">{c.value}</span>
            </div>
            <p className="report-muted">{c.note}</p>
          </div>
        ))}
      </div>
      {bySegment.rows.length > 0 && <TextTableView table={bySegment} label={t('reports.scoresBySegment')} />}
    </section>
  );
}

/** Codes × codes: the pairs that occur together most (and Jaccard), with the heat map. */
export function CooccurrenceSection({ result, heading }: SectionProps) {
  const { t } = useT();
  const pairs = cooccurrenceTable(result);
  const notes = sectionNotes(result);
  return (
    <section className="report-section" aria-labelledby="rs-co">
      <h3 id="rs-co">{heading}</h3>
      <p className="report-note">{notes.cooccurrence}</p>
      {pairs.rows.length === 0 ? <p>{notes.noPairs}</p> : <TextTableView table={pairs} label={t('reports.strongestPairs')} />}
      <img
        className="report-chart"
        src={svgSource(heatMapChart(result.cooccurrence, reportTranslator(result), chartMeasure))}
        alt={t('reports.heatMapAlt')}
      />
    </section>
  );
}
