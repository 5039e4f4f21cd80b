import type { ImportCounts, ImportDropped, ImportMapping } from '../../../shared/domain/interop';

const MAX_ENTRIES = 400;

/** A {@link ReportBuilder} as plain data, so a plan made in a worker can cross `postMessage`. */
export interface ReportState {
  counts: ImportCounts;
  mapped: ImportMapping[];
  dropped: ImportDropped[];
  moreMapped: number;
  moreDropped: number;
  positions: string | null;
}

/** Collects what an import did. Lists are capped, and the cap itself is reported, never silent. */
export class ReportBuilder {
  readonly counts: ImportCounts = { sources: 0, codes: 0, codings: 0, cases: 0, variables: 0, notes: 0, users: 0, sessions: 0 };
  private readonly mappedList: ImportMapping[] = [];
  private readonly droppedList: ImportDropped[] = [];
  private moreMapped = 0;
  private moreDropped = 0;
  positions: string | null = null;

  /** The builder as plain data (see {@link ReportBuilder.fromState}). */
  toState(): ReportState {
    return { counts: { ...this.counts }, mapped: [...this.mappedList], dropped: [...this.droppedList], moreMapped: this.moreMapped, moreDropped: this.moreDropped, positions: this.positions };
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
    return builder;
  }

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
