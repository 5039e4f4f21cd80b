import type { ImportCounts, ImportDropped, ImportMapping } from '../../../shared/domain/interop';

const MAX_ENTRIES = 400;

/** Collects what an import did. Lists are capped, and the cap itself is reported, never silent. */
export class ReportBuilder {
  readonly counts: ImportCounts = { sources: 0, codes: 0, codings: 0, cases: 0, variables: 0, notes: 0, users: 0, sessions: 0 };
  private readonly mappedList: ImportMapping[] = [];
  private readonly droppedList: ImportDropped[] = [];
  private moreMapped = 0;
  private moreDropped = 0;
  positions: string | null = null;

  map(what: string, how: string): void {
    if (this.mappedList.length < MAX_ENTRIES) this.mappedList.push({ what, how });
    else this.moreMapped++;
  }

  drop(what: string, why: string): void {
    if (this.droppedList.length < MAX_ENTRIES) this.droppedList.push({ what, why });
    else this.moreDropped++;
  }

  get droppedCount(): number {
    return this.droppedList.length + this.moreDropped;
  }

  finish(): { counts: ImportCounts; positions: string | null; mapped: ImportMapping[]; dropped: ImportDropped[] } {
    const mapped = [...this.mappedList];
    const dropped = [...this.droppedList];
    if (this.moreMapped > 0) mapped.push({ what: `${this.moreMapped} more`, how: `the list stops after ${MAX_ENTRIES} entries` });
    if (this.moreDropped > 0) dropped.push({ what: `${this.moreDropped} more items`, why: `dropped as well; the list stops after ${MAX_ENTRIES} entries` });
    return { counts: { ...this.counts }, positions: this.positions, mapped, dropped };
  }
}

/** A short, one-line rendering of some text for report entries. */
export function clip(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
