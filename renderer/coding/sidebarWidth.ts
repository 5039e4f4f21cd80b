/** The coding sidebar's width (transcripts and codebook): its limits and how it is remembered. */

export const SIDEBAR_DEFAULT = 272;
export const SIDEBAR_MIN = 200;
const SIDEBAR_MAX = 640;
/** What the transcript and the codings panel keep, however wide the sidebar is dragged. */
const REST_MIN = 336 + 360;
const KEY = 'verbatim.coding.sidebarWidth';

/**
 * A width the window can hold: between the minimum and what leaves the transcript readable. A
 * narrow window never pushes it below the default width (the layout it had before it was resizable).
 */
export function clampSidebar(width: number, viewportWidth: number): number {
  const max = Math.max(SIDEBAR_DEFAULT, Math.min(SIDEBAR_MAX, viewportWidth - REST_MIN));
  if (Number.isNaN(width)) return Math.min(SIDEBAR_DEFAULT, max);
  return Math.round(Math.min(max, Math.max(SIDEBAR_MIN, width)));
}

/** The width the user left it at, for this app (not per study); the default when none or unreadable. */
export function savedSidebarWidth(storage: Pick<Storage, 'getItem'> | null): number {
  try {
    const raw = storage?.getItem(KEY);
    const n = raw ? Number(raw) : NaN;
    return Number.isFinite(n) && n > 0 ? n : SIDEBAR_DEFAULT;
  } catch {
    return SIDEBAR_DEFAULT; // storage refused (private mode, quota): the default is fine
  }
}

export function saveSidebarWidth(storage: Pick<Storage, 'setItem'> | null, width: number): void {
  try {
    storage?.setItem(KEY, String(Math.round(width)));
  } catch {
    // Not remembered this time; the sidebar keeps its width until the app closes.
  }
}
