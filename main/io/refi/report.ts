import { nested, saySentence, sentence, type Sentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import { oneLineExcerpt } from '../../../shared/text/excerpt';
import type { ImportCounts, ImportDropped, ImportMapping } from '../../../shared/domain/refi';
import type { ReadIssue, ReadNote } from './model';

const MAX_ENTRIES = 400;

/** A report entry's part: a catalogue sentence, or (where none exists yet) English words. */
export type Said = Sentence | string;

function english(said: Said): { text: string; sentence?: Sentence } {
  return typeof said === 'string' ? { text: said } : { text: saySentence(translatorFor('en'), said), sentence: said };
}

/** A {@link ReportBuilder} as plain data, so a plan made in a worker can cross `postMessage`. */
export interface ReportState {
  counts: ImportCounts;
  mapped: ImportMapping[];
  dropped: ImportDropped[];
  moreMapped: number;
  moreDropped: number;
  positions: string | null;
  positionsSentence: Sentence | null;
}

/** Collects what an import did. Lists are capped, and the cap itself is reported, never silent. */
export class ReportBuilder {
  readonly counts: ImportCounts = { sources: 0, codes: 0, codings: 0, cases: 0, variables: 0, notes: 0, users: 0, sessions: 0 };
  private readonly mappedList: ImportMapping[] = [];
  private readonly droppedList: ImportDropped[] = [];
  private moreMapped = 0;
  private moreDropped = 0;
  /** How selection positions were read, in English (tests, `--json`); set with {@link ReportBuilder.setPositions}. */
  positions: string | null = null;
  positionsSentence: Sentence | null = null;

  /** Says how selection positions were read: one sentence for the whole file. */
  setPositions(said: Sentence): void {
    this.positions = english(said).text;
    this.positionsSentence = said;
  }

  /** The builder as plain data (see {@link ReportBuilder.fromState}). */
  toState(): ReportState {
    return {
      counts: { ...this.counts },
      mapped: [...this.mappedList],
      dropped: [...this.droppedList],
      moreMapped: this.moreMapped,
      moreDropped: this.moreDropped,
      positions: this.positions,
      positionsSentence: this.positionsSentence,
    };
  }

  /** A builder that goes on from where {@link ReportBuilder.toState} left one. */
  static fromState(state: ReportState): ReportBuilder {
    const builder = new ReportBuilder();
    Object.assign(builder.counts, state.counts);
    builder.mappedList.push(...state.mapped);
    builder.droppedList.push(...state.dropped);
    builder.moreMapped = state.moreMapped;
    builder.moreDropped = state.moreDropped;
    builder.positions = state.positions;
    builder.positionsSentence = state.positionsSentence;
    return builder;
  }

  /** Notes something brought in another way; a sentence (id + values) is said in the reader's language. */
  map(what: Said, how: Said): void {
    if (this.mappedList.length < MAX_ENTRIES) {
      const w = english(what);
      const h = english(how);
      this.mappedList.push({
        what: w.text,
        how: h.text,
        ...(w.sentence ? { whatSentence: w.sentence } : {}),
        ...(h.sentence ? { howSentence: h.sentence } : {}),
      });
    } else this.moreMapped++;
  }

  /** Notes something left out, and why. */
  drop(what: Said, why: Said): void {
    if (this.droppedList.length < MAX_ENTRIES) {
      const w = english(what);
      const y = english(why);
      this.droppedList.push({
        what: w.text,
        why: y.text,
        ...(w.sentence ? { whatSentence: w.sentence } : {}),
        ...(y.sentence ? { whySentence: y.sentence } : {}),
      });
    } else this.moreDropped++;
  }

  get droppedCount(): number {
    return this.droppedList.length + this.moreDropped;
  }

  finish(): {
    counts: ImportCounts;
    positions: string | null;
    positionsSentence?: Sentence;
    mapped: ImportMapping[];
    dropped: ImportDropped[];
  } {
    const mapped = [...this.mappedList];
    const dropped = [...this.droppedList];
    const more = (what: Sentence, how: Sentence) => ({
      what: english(what).text,
      whatSentence: what,
      how: english(how).text,
      howSentence: how,
    });
    if (this.moreMapped > 0)
      mapped.push(
        more(
          { id: 'imports.reportMoreMapped', values: { count: this.moreMapped } },
          { id: 'imports.reportListStops', values: { max: MAX_ENTRIES } },
        ),
      );
    if (this.moreDropped > 0) {
      const m = more(
        { id: 'imports.reportMoreDropped', values: { count: this.moreDropped } },
        { id: 'imports.reportDroppedListStops', values: { max: MAX_ENTRIES } },
      );
      dropped.push({ what: m.what, whatSentence: m.whatSentence, why: m.how, whySentence: m.howSentence });
    }
    return {
      counts: { ...this.counts },
      positions: this.positions,
      ...(this.positionsSentence ? { positionsSentence: this.positionsSentence } : {}),
      mapped,
      dropped,
    };
  }
}

/** A {@link ReadNote}: its sentences, said when the report is shown. */
export function readNote(what: Sentence, how: Sentence): ReadNote {
  return { what, how };
}

/** A {@link ReadIssue}: its sentences, said when the report is shown. */
export function readIssue(what: Sentence, why: Sentence): ReadIssue {
  return { what, why };
}

/**
 * Issues that can come once per element of a file (an unknown kind of source): the first of each kind
 * keeps its words, the others are only counted. A small archive can unpack into millions of them; the
 * report then says the first "(and 2,499,999 more like it)" instead of holding an object for each.
 */
export class RepeatedIssues {
  private readonly byKind = new Map<string, { what: Sentence; why: Sentence; more: number }>();

  /** Notes an issue of `kind`; `what` and `why` are asked for only the first time the kind is seen. */
  drop(kind: string, what: () => Sentence, why: () => Sentence): void {
    const seen = this.byKind.get(kind);
    if (seen) seen.more++;
    else this.byKind.set(kind, { what: what(), why: why(), more: 0 });
  }

  /** One issue per kind, in the order the kinds were first seen. */
  issues(): ReadIssue[] {
    return [...this.byKind.values()].map(({ what, why, more }) =>
      readIssue(more === 0 ? what : sentence('imports.whatAndMoreLikeIt', { ...nested('whatMessage', what), more }), why),
    );
  }
}

/** A short, one-line rendering of some text for report entries. */
export function clip(text: string, max = 60): string {
  return oneLineExcerpt(text, max);
}
