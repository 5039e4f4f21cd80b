import { nested, saySentence, sentence, type Sentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import { CONVENTIONS, conventionSentence, nameMatches, onWordBoundary, type Convention, type SourcePositions } from './positions';

/** The selections of one source, positions as written. */
export interface SourceSample {
  positions: SourcePositions;
  selections: readonly { start: number; end: number; name: string | null }[];
}

interface Score {
  /** Selections whose stored text (name) equals the text at the position. */
  named: number;
  /** Selections that fall outside the text or run backwards. */
  outside: number;
  /** Selections that start and end on word boundaries. */
  boundary: number;
  total: number;
  /** Selections with a non-empty name. */
  withName: number;
}

/** The exporter's habits, as far as they are known (INTEROP.md §6), decide ties. */
function priorOrder(origin: string | null): Convention[] {
  const o = origin ?? '';
  const first = (unit: Convention['unit'], crlfAsOne: boolean) => [
    ...CONVENTIONS.filter((c) => c.unit === unit && c.crlfAsOne === crlfAsOne && !c.bomCounted),
    ...CONVENTIONS.filter((c) => !(c.unit === unit && c.crlfAsOne === crlfAsOne && !c.bomCounted)),
  ];
  if (/atlas/i.test(o)) return first('utf16', true);
  if (/maxqda/i.test(o)) return first('utf16', true);
  if (/qualcoder|^qc\b/i.test(o)) return first('codepoints', true);
  return [...CONVENTIONS];
}

function score(samples: readonly SourceSample[], c: Convention): Score {
  const s: Score = { named: 0, outside: 0, boundary: 0, total: 0, withName: 0 };
  for (const { positions, selections } of samples) {
    const text = positions.text;
    for (const sel of selections) {
      s.total++;
      if (sel.name && sel.name.trim() !== '') s.withName++;
      const a = positions.map(sel.start, c);
      const b = positions.map(sel.end, c);
      if (a === null || b === null || a > b) {
        s.outside++;
        continue;
      }
      if (sel.name && nameMatches(sel.name, text.slice(a, b))) s.named++;
      if (onWordBoundary(text, a) && onWordBoundary(text, b)) s.boundary++;
    }
  }
  return s;
}

/** Every selection of the sample lies inside the text, forwards, under `c` (a score with nothing `outside`). */
function fitsAll({ positions, selections }: SourceSample, c: Convention): boolean {
  for (const sel of selections) {
    const a = positions.map(sel.start, c);
    const b = positions.map(sel.end, c);
    if (a === null || b === null || a > b) return false;
  }
  return true;
}

/** Lexicographic: stored texts that match win outright, then fewest positions outside the text, then word boundaries. */
function better(a: Score, b: Score): boolean {
  if (a.named !== b.named) return a.named > b.named;
  if (a.outside !== b.outside) return a.outside < b.outside;
  return a.boundary > b.boundary;
}

export interface Detection {
  convention: Convention;
  /** The selections' names hold their text (ATLAS.ti, QualCoder), so a mismatch means drift. */
  namesAreText: boolean;
  /** One sentence for the report, or null when no source has a text where the conventions differ. */
  evidence: string | null;
  /** {@link Detection.evidence} as a sentence, said in the reader's language. */
  evidenceSentence: Sentence | null;
}

/**
 * Decides how one file counted positions, from the evidence of all its selections together (one
 * exporter, one habit): stored selection texts when present, else how many selections start and end
 * between words, which a wrong unit breaks after the first emoji or line break (INTEROP.md §6 measured
 * 300/303 under NVivo's convention against 49/303 for code points).
 */
export function detectConvention(samples: readonly SourceSample[], origin: string | null): Detection {
  const order = priorOrder(origin);
  const named = samples.reduce((n, s) => n + s.selections.filter((x) => x.name && x.name.trim() !== '').length, 0);
  const distinct = order.filter((c, i) => !order.slice(0, i).some((d) => samples.every((s) => s.positions.same(c, d))));
  let best = distinct[0] ?? order[0]!;
  let bestScore = score(samples, best);
  const scores = new Map<Convention, Score>([[best, bestScore]]);
  for (const c of distinct.slice(1)) {
    const s = score(samples, c);
    scores.set(c, s);
    if (better(s, bestScore)) {
      best = c;
      bestScore = s;
    }
  }
  const namesAreText = named > 0 && bestScore.named * 2 >= named;
  if (distinct.length < 2 || bestScore.total === 0) return { convention: best, namesAreText, evidence: null, evidenceSentence: null };
  const runnerUp = distinct.filter((c) => c !== best).map((c) => ({ c, s: scores.get(c)! }))[0]!;
  const measure = (s: Score) =>
    namesAreText
      ? sentence('imports.measureStoredText', { named: s.named, total: s.withName })
      : sentence('imports.measureBoundaries', { boundary: s.boundary, total: s.total });
  const evidence = sentence('imports.positionsEvidence', {
    ...nested('bestMessage', conventionSentence(best)),
    ...nested('bestMeasureMessage', measure(bestScore)),
    ...nested('runnerMessage', conventionSentence(runnerUp.c)),
    ...nested('runnerMeasureMessage', measure(runnerUp.s)),
  });
  return { convention: best, namesAreText, evidence: saySentence(translatorFor('en'), evidence), evidenceSentence: evidence };
}

/**
 * The convention for one source: the file's, unless it puts this source's selections outside the text
 * while another convention fits them all (a source written by a different tool, then merged).
 */
export function conventionForSource(sample: SourceSample, fileConvention: Convention): Convention {
  // Nearly every source fits the file's convention: saying so needs only the positions, not the text comparisons of a score.
  if (fitsAll(sample, fileConvention)) return fileConvention;
  const own = score([sample], fileConvention);
  let best = fileConvention;
  let bestScore = own;
  for (const c of CONVENTIONS) {
    const s = score([sample], c);
    if (s.outside === 0 && better(s, bestScore)) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
