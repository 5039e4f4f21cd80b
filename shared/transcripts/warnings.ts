/** The most warnings one import lists; a hostile file could otherwise produce one per line. */
export const MAX_WARNINGS = 50;

/**
 * Collects warnings for the import preview. After {@link MAX_WARNINGS} it only counts, and
 * `list()` ends with one line saying how many more there were.
 */
export class WarningList {
  private readonly items: { message: string; line?: number }[] = [];
  private dropped = 0;

  /** Adds a warning; `line` (1-based) is written in front when known. */
  add(message: string, line?: number): void {
    if (this.items.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.items.push({ message, line });
  }

  /** The first warning, if any (used to explain why a file yielded no turns). */
  first(): { message: string; line?: number } | undefined {
    return this.items[0];
  }

  /** The warnings in the order they were found. */
  list(): string[] {
    const out = this.items.map((w) => (w.line === undefined ? w.message : `line ${w.line}: ${w.message}`));
    if (this.dropped > 0) out.push(`…and ${this.dropped} more warnings like these.`);
    return out;
  }
}
