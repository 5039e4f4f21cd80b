import type { ScoreSummary, Share, ThemeSummary } from './result';

/**
 * How every number of a report is rounded and written, in one place: the app, HTML, PDF, DOCX
 * (and the spreadsheets' numeric cells) all take their numbers from here, so a reader who opens
 * two of them never sees CES 3.6 in one and 3.65 in the other. The model rounds with the same
 * `round*` functions the text is written from, so a number is never rounded twice.
 */

/** Decimals of each score as stored and shown: NPS and CSAT whole numbers, the CES mean to 0.1. */
const SCORE_DECIMALS = { nps: 0, csat: 0, ces: 1 } as const;

const roundTo = (x: number, decimals: number) => {
  const k = 10 ** decimals;
  return Math.round(x * k) / k;
};

/** A score as the report stores it (NPS −100…100 and CSAT % whole, CES mean to one decimal). */
export function roundScore(kind: ScoreSummary['kind'], value: number): number {
  return roundTo(value, SCORE_DECIMALS[kind]);
}

/** A score for people: NPS "+12" / "-18" / "0", CSAT "53%", CES "3.7"; "–" when nobody answered. */
export function formatScore(kind: ScoreSummary['kind'], value: number | null): string {
  if (value === null) return '–';
  const text = value.toFixed(SCORE_DECIMALS[kind]);
  if (kind === 'nps') return value > 0 ? `+${text}` : text;
  return kind === 'csat' ? `${text}%` : text;
}

/** What a score's value means, after its name: "NPS", "CSAT (% 4–5)", "CES (mean, 1–7)". */
export function scoreKindLabel(kind: ScoreSummary['kind']): string {
  return kind === 'nps' ? 'NPS' : kind === 'csat' ? 'CSAT (% 4–5)' : 'CES (mean, 1–7)';
}

/** A share as a whole percentage, the precision of every percentage in a report. */
export function roundPct(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** A percentage for people: "40%", or "–" when there is nobody to divide by. */
export function formatPct(share: number | null): string {
  return share === null ? '–' : `${roundPct(share)}%`;
}

/** "40% (n = 19)": a share with the number it is a share of. */
export function formatShareOfN(share: Share): string {
  return `${formatPct(share.share)} (n = ${share.n})`;
}

/** A breakdown or driver cell: "3 (17%)". */
export function formatCountPct(share: Share): string {
  return `${share.count} (${formatPct(share.share)})`;
}

/** A difference in percentage points, as the model rounds it (one decimal). */
export function roundPts(pts: number): number {
  return roundTo(pts, 1);
}

/** "+12.5 pts", "-3 pts", or "–". */
export function formatPts(pts: number | null): string {
  return pts === null ? '–' : `${pts > 0 ? '+' : ''}${pts} pts`;
}

/** A lift (ratio of two shares) to one decimal, as stored and shown. */
export function roundLift(lift: number): number {
  return roundTo(lift, 1);
}

/** "×1.5", or "–" when the happy group never raised the theme. */
export function formatLift(lift: number | null): string {
  return lift === null ? '–' : `×${lift.toFixed(1)}`;
}

/** A Jaccard index (0–1) to two decimals. */
export function formatJaccard(j: number): string {
  return j.toFixed(2);
}

/** The line under a theme's heading: "3 of 19 participants (16%) · 5 codings · 2 documents · 2 sessions". */
export function themeMeta(t: ThemeSummary): string {
  return `${t.participants} of ${t.share.n} participants (${formatPct(t.share.share)}) · ${t.codings} codings · ${t.documents} documents · ${t.sessions} sessions`;
}

/** Opening quotation marks and the mark that closes each. */
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»', '»': '«', '„': '“', '‘': '’', "'": "'", '‚': '‘', '「': '」', '『': '』' };
/** Punctuation that may follow a closing mark and still leave the whole text one quotation. */
const AFTER_CLOSE = /[.,;:!?…]*$/;

/** True when the text is already one quotation in its own marks: "…", “…”, «…», „…“, ‘…’. */
export function isOwnQuotation(text: string): boolean {
  const t = text.trim();
  const close = CLOSING[t[0] ?? ''];
  if (!close) return false;
  const body = t.replace(AFTER_CLOSE, '');
  // The first closing mark after the opening one must be the last character: "a" and "b" is two quotations.
  const end = body.indexOf(close, 1);
  return body.length >= 2 && end === body.length - 1;
}

/** A quotation as printed: in “…”, unless the speaker's words already carry their own marks. */
export function quoted(text: string): string {
  return isOwnQuotation(text) ? text.trim() : `“${text}”`;
}

