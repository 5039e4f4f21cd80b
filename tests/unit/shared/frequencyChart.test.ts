import { translatorFor } from '../../../shared/i18n/translator';
import { describe, expect, it } from 'vitest';
import { frequencyChart, stackedChart } from '../../../shared/reports/charts';
import type { Breakdown, ThemeSummary } from '../../../shared/reports/result';

const EN = translatorFor('en');

/** Theme i is mentioned by (i * 7) % 40 of 40 participants: distinct counts 0..39 in a shuffled order. */
const themes = (k: number): ThemeSummary[] =>
  Array.from({ length: k }, (_, i) => {
    const participants = (i * 7) % 40;
    return {
      codeId: `c${i}`,
      code: `Theme ${i}`,
      name: `Theme ${i}`,
      depth: 0,
      description: null,
      codings: participants,
      documents: 1,
      sessions: 1,
      participants,
      share: { count: participants, n: 40, share: participants / 40 },
      quotes: [],
      children: [],
    };
  });
const labels = (svg: string) => [...svg.matchAll(/>(Theme \d+)</g)].map((m) => m[1]);

describe('frequency chart', () => {
  it('draws every theme and says nothing about a cap when they fit', () => {
    const svg = frequencyChart(themes(25), EN);
    expect(labels(svg)).toHaveLength(25);
    expect(svg).not.toContain('Top ');
  });

  it('past the cap keeps the most mentioned themes in codebook order and says so', () => {
    const svg = frequencyChart(themes(40), EN);
    expect(svg).toContain('Top 25 of 40 themes by participants; the table lists all.');
    expect(svg).toContain('aria-label="Participants who mentioned each theme (Top 25 of 40 themes');
    // Counts 15..39 are kept: theme i with (i * 7) % 40 >= 15, listed by i.
    const kept = Array.from({ length: 40 }, (_, i) => i)
      .filter((i) => (i * 7) % 40 >= 15)
      .map((i) => `Theme ${i}`);
    expect(kept).toHaveLength(25);
    expect(labels(svg)).toEqual(kept);
  });
});

describe('stacked chart', () => {
  const breakdown = (themeCount: number, labels: string[]): Breakdown => ({
    columns: labels.map((label, k) => ({ attributeId: 'a', attribute: 'NPS group', key: label, label, n: 10 + k, smallN: false })),
    rows: Array.from({ length: themeCount }, (_, i) => ({
      codeId: `c${i}`,
      code: `Theme ${i}`,
      depth: 0,
      cells: labels.map(() => ({ count: (i * 7) % 20, n: 20, share: ((i * 7) % 20) / 20 })),
    })),
  });

  it('past the cap keeps the most mentioned themes and says so', () => {
    const svg = stackedChart(breakdown(20, ['Promoter']), 'a', 'x', EN);
    expect(svg).toContain('The 15 of 20 themes most mentioned; the table lists all.');
    const kept = Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => (i * 7) % 20 >= 5)
      .map((i) => `Theme ${i}`);
    expect(labels(svg)).toEqual(kept);
  });

  it('is wide enough for its legend and title even with short theme names', () => {
    const svg = stackedChart(breakdown(2, ['Detractor (0–6)', 'Passive (7–8)', 'Promoter (9–10)']), 'a', 'x', EN);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const legendEnds = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*\(n = [^<]*)</g)].map((m) => Number(m[1]) + m[2]!.length * 6.5);
    expect(legendEnds).toHaveLength(3);
    for (const end of legendEnds) expect(end).toBeLessThanOrEqual(width);
  });
});
