import type { Translator } from '../i18n/translator';
import type { ReportQuote } from './result';

/** How every format words a quote, so a note never reads as someone's verbatim words anywhere. */
export interface QuoteDisplay {
  /** True for a speaker's own words (quotation marks allowed); false for a note, never in quotation marks. */
  verbatim: boolean;
  /** "Live note" or "Observation" for notes, shown with them; null for verbatim words. */
  label: string | null;
  /** "Question: …" when the passage answers a moderator's question, else null. */
  question: string | null;
  text: string;
  /** "— Ana, Detractor" for words someone said; "About Ben, Promoter" for a note; empty for an observation. */
  attribution: string;
  /** Where the passage comes from: its session, or its document when it has no session; empty when unknown. */
  where: string;
}

export function quoteDisplay(q: ReportQuote, tr: Translator): QuoteDisplay {
  // Snapshots made before quotes carried a kind quoted transcripts and notes alike.
  const note = q.kind === 'note';
  const who = q.speaker === null ? [] : [q.speaker, ...q.attributes];
  return {
    verbatim: !note,
    label: note ? (q.speaker === null ? tr.t('common.observation') : tr.t('report.liveNote')) : null,
    question: q.question ? tr.t('report.question', { question: q.question }) : null,
    text: q.text,
    attribution: note
      ? who.length > 0
        ? tr.t('report.about', { who: who.join(', ') })
        : ''
      : tr.t('report.saidBy', { who: [q.speaker ?? tr.t('report.unattributed'), ...q.attributes].join(', ') }),
    // The session alone: its documents are named after it ("Interview — Marguerite — transcript"),
    // so naming both says the same thing twice, and the label already tells a note from a transcript.
    where: q.session ?? q.document,
  };
}

/** The line under a quote or note: who, then where ("— Ana, Promoter · Focus group 1"); just where for an observation. */
export function quoteByline(d: QuoteDisplay): string {
  return [d.attribution, d.where].filter(Boolean).join(' · ');
}

/** The kind as a spreadsheet column shows it. */
export const quoteKindLabel = (q: ReportQuote, tr: Translator): string =>
  q.kind === 'note' ? tr.t('report.kindNote') : tr.t('common.transcript');
