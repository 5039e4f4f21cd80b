import type { RetrieveFilter } from '../../shared/domain/retrieve';

/** One chosen filter value, with the words its chip shows. */
export interface Chosen {
  key: string;
  label: string;
}

/** The retrieve view's filter choices. The backend does the filtering; the page only holds what was chosen. */
export interface FilterState {
  sessions: Chosen[];
  speakers: Chosen[];
  coders: Chosen[];
  /** Per attribute id: its name and the chosen groups. */
  attributes: Record<string, { name: string; values: Chosen[] }>;
}

export const NO_FILTER: FilterState = { sessions: [], speakers: [], coders: [], attributes: {} };

/** True when nothing is chosen. */
export function isUnfiltered(f: FilterState): boolean {
  return (
    f.sessions.length === 0 &&
    f.speakers.length === 0 &&
    f.coders.length === 0 &&
    Object.values(f.attributes).every((a) => a.values.length === 0)
  );
}

/** The filter as the `retrieve:passages` and `retrieve:export` channels take it. */
export function toQuery(f: FilterState): RetrieveFilter {
  return {
    sessionIds: f.sessions.map((c) => c.key),
    speakers: f.speakers.map((c) => c.key),
    coderIds: f.coders.map((c) => c.key),
    attributes: Object.entries(f.attributes).flatMap(([attributeId, a]) =>
      a.values.length > 0 ? [{ attributeId, values: a.values.map((v) => v.key) }] : [],
    ),
  };
}

/** The filter without one attribute (it was deleted: the backend refuses a filter on it). */
export function withoutAttributes(f: FilterState, keep: (attributeId: string) => boolean): FilterState {
  return { ...f, attributes: Object.fromEntries(Object.entries(f.attributes).filter(([id]) => keep(id))) };
}
