import { useState } from 'react';
import { heatMapChart, stackedChart } from '../../shared/reports/charts';
import type { ReportResult } from '../../shared/reports/result';
import { shareText, svgSource } from './download';

/** Codes × attribute groups: participants and column percentages, small groups flagged; one stacked chart per attribute. */
export function BreakdownSection({ result }: { result: ReportResult }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const { columns, rows } = result.breakdown;
  if (columns.length === 0) return null;
  const attributeIds = [...new Set(columns.map((c) => c.attributeId))];
  const chartId = chosen && attributeIds.includes(chosen) ? chosen : attributeIds[0]!;
  const chart = stackedChart(result.breakdown, chartId, `sc${chartId.slice(0, 8)}`);
  const nameOf = (id: string) => columns.find((c) => c.attributeId === id)?.attribute ?? '';
  return (
    <section className="report-section" aria-labelledby="rs-breakdown">
      <h3 id="rs-breakdown">Breakdown by segment</h3>
      <p className="report-note">Participants who mentioned each theme, and the share of their group. Groups under 5 people are marked “small n”: read them as anecdotes.</p>
      <div className="report-table-wrap">
        <table className="data-table report-table" aria-label="Breakdown">
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {columns.map((c) => (
                <th key={`${c.attributeId}:${c.key}`} scope="col" className={c.smallN ? 'num report-small-n' : 'num'} title={`${c.attribute}: ${c.label}`}>
                  {c.label}
                  <br />
                  <span className="report-n">n = {c.n}{c.smallN ? ' · small n' : ''}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.codeId}>
                <th scope="row" style={{ paddingLeft: 10 + r.depth * 16 }}>
                  {r.code.split('/').pop()}
                </th>
                {r.cells.map((cell, i) => (
                  <td key={i} className={columns[i]?.smallN ? 'num report-small-n' : 'num'}>
                    {cell.count} <span className="report-muted">{shareText(cell)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="report-chart-picker">
        <label htmlFor="rs-stacked-by">Chart by</label>
        <select id="rs-stacked-by" value={chartId} onChange={(e) => setChosen(e.target.value)}>
          {attributeIds.map((id) => (
            <option key={id} value={id}>
              {nameOf(id)}
            </option>
          ))}
        </select>
      </div>
      {chart && <img className="report-chart" src={svgSource(chart)} alt={`Stacked bar chart: participants per theme by ${nameOf(chartId)}`} />}
    </section>
  );
}

/** "What drives dissatisfaction": each theme's share among unhappy vs happy participants, in plain words. */
export function DriversSection({ result }: { result: ReportResult }) {
  if (result.drivers.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="rs-drivers">
      <h3 id="rs-drivers">What drives dissatisfaction</h3>
      {result.drivers.map((d) => (
        <div key={d.scale + d.attribute} className="report-drivers">
          <h4>
            {d.attribute}: {d.lowLabel} (n = {d.lowN}) vs {d.highLabel} (n = {d.highN})
          </h4>
          <ul>
            {d.rows.slice(0, 8).map((r) => (
              <li key={r.codeId}>
                <span>{r.sentence}</span>
                {r.differencePts !== null && (
                  <span className="report-muted">
                    {' '}
                    ({r.differencePts > 0 ? '+' : ''}
                    {r.differencePts} pts{r.lift !== null ? `, lift ${r.lift.toFixed(1)}×` : ''})
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="report-note">{d.caveat}</p>
        </div>
      ))}
    </section>
  );
}

const KIND_LABEL = { nps: 'NPS', csat: 'CSAT (% satisfied)', ces: 'CES (mean effort)' } as const;

/** NPS, CSAT and CES with n, overall and per segment. */
export function ScoresSection({ result }: { result: ReportResult }) {
  if (result.scores.length === 0) return null;
  const fmt = (v: number | null, kind: keyof typeof KIND_LABEL) => (v === null ? '–' : kind === 'ces' ? v.toFixed(1) : kind === 'csat' ? `${Math.round(v)}%` : `${v > 0 ? '+' : ''}${Math.round(v)}`);
  return (
    <section className="report-section" aria-labelledby="rs-scores">
      <h3 id="rs-scores">Satisfaction scores</h3>
      <div className="report-scores">
        {result.scores.map((s) => (
          <div key={s.attributeId} className="report-score-card" aria-label={`${KIND_LABEL[s.kind]} from ${s.attribute}`}>
            <div className="report-score-head">
              <span className="report-score-kind">{KIND_LABEL[s.kind]}</span>
              <span className="report-score-value">{fmt(s.overall.value, s.kind)}</span>
              <span className="report-muted">n = {s.overall.n}</span>
            </div>
            <p className="report-note">{s.overall.detail}</p>
            <table className="report-mini-table" aria-label={`${s.attribute} by segment`}>
              <tbody>
                {s.bySegment.map((g) => (
                  <tr key={g.attribute + g.group}>
                    <th scope="row">
                      {g.attribute}: {g.group}
                    </th>
                    <td className="num">{fmt(g.value, s.kind)}</td>
                    <td className="num report-muted">n = {g.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </section>
  );
}

/** Codes × codes: turns coded with both (and Jaccard), with the heat map. */
export function CooccurrenceSection({ result }: { result: ReportResult }) {
  const co = result.cooccurrence;
  if (co.codes.length < 2) return null;
  const chart = heatMapChart(co);
  const pairs = co.codes
    .flatMap((a, i) => co.codes.slice(i + 1).map((b, k) => ({ a, b, cell: co.cells[i]![i + 1 + k]! })))
    .filter((p) => p.cell.sameTurn > 0 || p.cell.overlaps > 0)
    .sort((x, y) => y.cell.jaccard - x.cell.jaccard || y.cell.sameTurn - x.cell.sameTurn)
    .slice(0, 12);
  return (
    <section className="report-section" aria-labelledby="rs-co">
      <h3 id="rs-co">Co-occurrence</h3>
      <img className="report-chart" src={svgSource(chart)} alt="Heat map: turns coded with both codes" />
      <div className="report-table-wrap">
        <table className="data-table report-table" aria-label="Strongest co-occurrences">
          <thead>
            <tr>
              <th scope="col">Codes</th>
              <th scope="col" className="num">Same turn</th>
              <th scope="col" className="num">Overlapping codings</th>
              <th scope="col" className="num">Jaccard</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map(({ a, b, cell }) => (
              <tr key={a.codeId + b.codeId}>
                <th scope="row">
                  {a.code} + {b.code}
                </th>
                <td className="num">{cell.sameTurn}</td>
                <td className="num">{cell.overlaps}</td>
                <td className="num">{cell.jaccard.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
