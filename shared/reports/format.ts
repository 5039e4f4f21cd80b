import type { Translator } from '../i18n/translator';
import type { ScoreSummary, Share, ThemeSummary } from './result';

/**
 * How every number of a report is rounded and written, in one place: the app, HTML, PDF, DOCX
 * (and the spreadsheets' numeric cells) all take their numbers from here, so a reader who opens
 * two of them never sees CES 3.6 in one and 3.65 in the other. The model rounds with the same
 * `round*` functions the text is written from, so a number is never rounded twice. Text follows
 * the report's language (`tr`): "40 %" and "3,7" in Norwegian, "40%" and "3.7" in English.
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
export function formatScore(kind: ScoreSummary['kind'], value: number | null, tr: Translator): string {
  if (value === null) return '–';
  const digits = SCORE_DECIMALS[kind];
  if (kind === 'csat') return tr.percent(value / 100, digits);
  return tr.number(value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: kind === 'nps' ? 'exceptZero' : 'auto',
  });
}

/** What a score's value means, after its name: "NPS", "CSAT (% 4–5)", "CES (mean, 1–7)". */
export function scoreKindLabel(kind: ScoreSummary['kind'], tr: Translator): string {
  return kind === 'nps' ? tr.t('report.kindNps') : kind === 'csat' ? tr.t('report.kindCsat') : tr.t('report.kindCes');
}

/** A share as a whole percentage, the precision of every percentage in a report. */
export function roundPct(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** A percentage for people: "40%" ("40 %" in Norwegian), or "–" when there is nobody to divide by. */
export function formatPct(share: number | null, tr: Translator): string {
  return share === null ? '–' : tr.percent(roundPct(share)! / 100);
}

/** "40% (n = 19)": a share with the number it is a share of. */
export function formatShareOfN(share: Share, tr: Translator): string {
  return tr.t('report.shareOfN', { pct: formatPct(share.share, tr), n: share.n });
}

/** A breakdown or driver cell: "3 (17%)". */
export function formatCountPct(share: Share, tr: Translator): string {
  return tr.t('report.countPct', { count: share.count, pct: formatPct(share.share, tr) });
}

/** A difference in percentage points, as the model rounds it (one decimal). */
export function roundPts(pts: number): number {
  return roundTo(pts, 1);
}

/** "+12.5 pts", "-3 pts", or "–". */
export function formatPts(pts: number | null, tr: Translator): string {
  return pts === null ? '–' : tr.t('report.pts', { value: tr.number(pts, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }) });
}

/** A lift (ratio of two shares) to one decimal, as stored and shown. */
export function roundLift(lift: number): number {
  return roundTo(lift, 1);
}

/** "×1.5", or "–" when the happy group never raised the theme. */
export function formatLift(lift: number | null, tr: Translator): string {
  return lift === null ? '–' : `×${tr.number(lift, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`;
}

/** A Jaccard index (0–1) to two decimals. */
export function formatJaccard(j: number, tr: Translator): string {
  return tr.number(j, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The line under a theme's heading: "3 of 19 participants (16%) · 5 codings · 2 documents · 2 sessions". */
export function themeMeta(t: ThemeSummary, tr: Translator): string {
  return tr.t('report.themeMeta', {
    participants: t.participants,
    n: t.share.n,
    pct: formatPct(t.share.share, tr),
    codings: t.codings,
    documents: t.documents,
    sessions: t.sessions,
  });
}

/** Opening quotation marks and the mark that closes each. */
const CLOSING: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“',
  '‘': '’',
  "'": "'",
  '‚': '‘',
  '「': '」',
  '『': '』',
};
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

/** A quotation as printed: in the report language's marks (“…”, «…», „…”), unless the speaker's words already carry their own. */
export function quoted(text: string, tr: Translator): string {
  return isOwnQuotation(text) ? text.trim() : tr.t('common.quoted', { text });
}
