import { describe, expect, it } from 'vitest';
import { frequencyChart } from '../../../shared/reports/charts';
import type { ThemeSummary } from '../../../shared/reports/result';

/** Theme i is mentioned by (i * 7) % 40 of 40 participants: distinct counts 0..39 in a shuffled order. */
const themes = (k: number): ThemeSummary[] =>
  Array.from({ length: k }, (_, i) => {
    const participants = (i * 7) % 40;
    return {
      codeId: `c${i}`, code: `Theme ${i}`, name: `Theme ${i}`, depth: 0, description: null,
      codings: participants, documents: 1, sessions: 1, participants,
      share: { count: participants, n: 40, share: participants / 40 }, quotes: [], children: [],
    };
  });
const labels = (svg: string) => [...svg.matchAll(/>(Theme \d+)</g)].map((m) => m[1]);

describe('frequency chart', () => {
  it('draws every theme and says nothing about a cap when they fit', () => {
    const svg = frequencyChart(themes(25));
    expect(labels(svg)).toHaveLength(25);
    expect(svg).not.toContain('Top ');
  });

  it('past the cap keeps the most mentioned themes in codebook order and says so', () => {
    const svg = frequencyChart(themes(40));
    expect(svg).toContain('Top 25 of 40 themes by participants; the table lists all.');
    expect(svg).toContain('aria-label="Participants who mentioned each theme (Top 25 of 40 themes');
    // Counts 15..39 are kept: theme i with (i * 7) % 40 >= 15, listed by i.
    const kept = Array.from({ length: 40 }, (_, i) => i).filter((i) => (i * 7) % 40 >= 15).map((i) => `Theme ${i}`);
    expect(kept).toHaveLength(25);
    expect(labels(svg)).toEqual(kept);
  });
});
