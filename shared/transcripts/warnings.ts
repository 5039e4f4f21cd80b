import type { MessageId } from '../i18n/catalogue';
import { nested, sentence, type Sentence, type SentenceValues } from '../i18n/sentence';

/** The most warnings one import lists; a hostile file could otherwise produce one per line. */
export const MAX_WARNINGS = 50;

/**
 * Collects warnings for the import preview. After {@link MAX_WARNINGS} it only counts, and
 * `list()` ends with one line saying how many more there were.
 */
export class WarningList {
  private readonly items: { sentence: Sentence; line?: number }[] = [];
  private dropped = 0;

  /** Adds a warning; `line` (1-based) is written in front when known. */
  add(id: MessageId, line?: number, values?: SentenceValues): void {
    if (this.items.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.items.push({ sentence: sentence(id, values), line });
  }

  /** The first warning, if any (used to explain why a file yielded no turns). */
  first(): { sentence: Sentence; line?: number } | undefined {
    return this.items[0];
  }

  /** The warnings in the order they were found. */
  list(): Sentence[] {
    const out = this.items.map((w) =>
      w.line === undefined
        ? w.sentence
        : ({ id: 'imports.atLine', values: { line: w.line, ...nested('warningMessage', w.sentence) } } satisfies Sentence),
    );
    if (this.dropped > 0) out.push({ id: 'imports.moreWarnings', values: { count: this.dropped } });
    return out;
  }
}
