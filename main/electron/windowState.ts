import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

/** Where and how big the window was, as stored in `<appDataDir>/window-state.json`. */
export interface WindowState {
  /** Absent when the window should be centred by Electron. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** How much of the window must lie on a display for it to be reachable (title bar, grab area). */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Turns what was saved (the file's text, or already-parsed JSON) into bounds for a new window.
 * Corrupt or implausible data gives the default size; a position that would leave the window
 * unreachable (a display was unplugged) is dropped so the window opens centred; the size is
 * capped to the largest display. `displays` are the work areas of the current displays.
 */
export function restoreBounds(saved: unknown, displays: readonly Rectangle[]): WindowState {
  let data: unknown = saved;
  if (typeof saved === 'string') {
    try {
      data = JSON.parse(saved);
    } catch {
      return { ...DEFAULT_WINDOW_STATE };
    }
  }
  if (typeof data !== 'object' || data === null) return { ...DEFAULT_WINDOW_STATE };
  const s = data as Record<string, unknown>;
  if (!isNumber(s.width) || !isNumber(s.height)) return { ...DEFAULT_WINDOW_STATE };

  const largest = displays.reduce<{ width: number; height: number }>(
    (max, d) => ({ width: Math.max(max.width, d.width), height: Math.max(max.height, d.height) }),
    { width: 0, height: 0 },
  );
  const capW = largest.width > 0 ? largest.width : Number.MAX_SAFE_INTEGER;
  const capH = largest.height > 0 ? largest.height : Number.MAX_SAFE_INTEGER;
  const width = Math.round(Math.min(Math.max(s.width, MIN_WINDOW_SIZE.width), capW));
  const height = Math.round(Math.min(Math.max(s.height, MIN_WINDOW_SIZE.height), capH));
  const maximized = s.maximized === true;

  if (isNumber(s.x) && isNumber(s.y)) {
    const bounds = { x: Math.round(s.x), y: Math.round(s.y), width, height };
    const visible = displays.some((d) => {
      const o = overlap(bounds, d);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (visible) return { ...bounds, maximized };
  }
  return { width, height, maximized };
}

/** Reads the saved state's text; null when there is none or it cannot be read. */
export function readWindowState(appDataDir: string): string | null {
  try {
    return readFileSync(join(appDataDir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    // First launch or an unreadable file: start from the defaults.
    return null;
  }
}

/** Writes atomically (temp file + rename) so a crash mid-write cannot leave corrupt JSON. */
export function writeWindowState(appDataDir: string, state: WindowState): void {
  const file = join(appDataDir, WINDOW_STATE_FILE);
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state), 'utf8');
  renameSync(temp, file);
}

/** The state worth remembering: the normal (unmaximized) bounds plus the maximized flag. */
export function captureWindowState(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const b = win.getNormalBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}

/**
 * Saves the window's state while it is moved or resized (debounced) and once more on close.
 * A failed save is logged, never fatal: losing the window position is not worth an error dialog.
 */
export function trackWindowState(win: BrowserWindow, appDataDir: string, delayMs = 500, log: (msg: string) => void = console.error): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    try {
      writeWindowState(appDataDir, captureWindowState(win));
    } catch (error) {
      log(`[verbatim] could not save the window position: ${String(error)}`);
    }
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}
