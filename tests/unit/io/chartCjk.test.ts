import { translatorFor } from '../../../shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { defaultFontsDir } from '../../../main/appFiles';
import { chartTextMeasure, rasterFonts } from '../../../main/formats/raster/glyphs';
import { frequencyChart, heatMapChart, stackedChart } from '../../../shared/reports/charts';
import type { Breakdown, Cooccurrence, ThemeSummary } from '../../../shared/reports/result';

const EN = translatorFor('en');

/** Chart label columns sized by the fonts' real widths, so Chinese labels are never cut at the left. */
const theme = (name: string, participants: number): ThemeSummary => ({
  codeId: name,
  code: name,
  name,
  depth: 0,
  description: null,
  codings: participants,
  documents: 1,
  sessions: 1,
  participants,
  share: { count: participants, n: 10, share: participants / 10 },
  quotes: [],
  children: [],
});
const measure = chartTextMeasure(rasterFonts(defaultFontsDir()));
/** Every right-aligned label (text-anchor="end") with its x: its measured width must fit left of x. */
const endLabels = (chart: string) =>
  [...chart.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end" font-size="(\d+)"[^>]*>([^<]+)</g)].map((m) => ({
    x: Number(m[1]),
    size: Number(m[2]),
    label: m[3]!,
  }));

describe('CJK labels in charts', () => {
  it('sizes the label column by real widths: Chinese theme names fit left of the bars', () => {
    const names = ['价格太贵', '配送总是迟到两个小时冷冻食品', 'Levering – ventetid', 'Kővári Ődön'];
    const chart = frequencyChart(
      names.map((n, i) => theme(n, i + 1)),
      EN,
      25,
      measure,
    );
    const labels = endLabels(chart);
    expect(labels.map((l) => l.label)).toEqual(names);
    for (const l of labels) expect(measure(l.label, l.size), l.label).toBeLessThanOrEqual(l.x);
  });

  it('shortens a label too wide for the column with "…" instead of letting it run off the left edge', () => {
    const long = '这是一个非常非常长的主题名称，用来检查图表左边不会被截断的情况';
    const chart = frequencyChart([theme(long, 3)], EN, 25, measure);
    const [l] = endLabels(chart);
    expect(l!.label.endsWith('…')).toBe(true);
    expect(long.startsWith(l!.label.slice(0, -1))).toBe(true);
    expect(measure(l!.label, l!.size)).toBeLessThanOrEqual(l!.x);
  });

  it('fits Chinese labels in the stacked chart and the heat map too', () => {
    const codes = ['价格太贵', '配送总是迟到两个小时', '客服态度'];
    const breakdown: Breakdown = {
      columns: ['一线城市', '二线城市'].map((label, k) => ({
        attributeId: 'a',
        attribute: '城市等级',
        key: label,
        label,
        n: 5 + k,
        smallN: false,
      })),
      rows: codes.map((code, i) => ({ codeId: code, code, depth: 0, cells: [0, 1].map((k) => ({ count: i + k, n: 5, share: 0.2 })) })),
    };
    const stacked = endLabels(stackedChart(breakdown, 'a', 'c0', EN, 15, measure));
    expect(stacked.map((l) => l.label)).toEqual(codes);
    for (const l of stacked) expect(measure(l.label, l.size), l.label).toBeLessThanOrEqual(l.x);
    const co: Cooccurrence = {
      codes: codes.map((code) => ({ codeId: code, code, turns: 3 })),
      cells: codes.map(() => codes.map(() => ({ sameTurn: 1, overlaps: 1, jaccard: 0.3 }))),
    };
    const heat = endLabels(heatMapChart(co, EN, measure));
    expect(heat.map((l) => l.label)).toEqual(codes);
    for (const l of heat) expect(measure(l.label, l.size), l.label).toBeLessThanOrEqual(l.x);
  });
});
