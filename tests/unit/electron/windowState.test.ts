import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  readWindowState,
  restoreBounds,
  trackWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from '../../../main/electron/windowState';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
const RIGHT_MONITOR = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoreBounds', () => {
  it('restores saved bounds that are on a display', () => {
    const saved = JSON.stringify({ x: 100, y: 80, width: 1200, height: 760, maximized: true });
    expect(restoreBounds(saved, [LAPTOP])).toEqual({ x: 100, y: 80, width: 1200, height: 760, maximized: true });
  });

  it.each([
    ['corrupt JSON', '{"x": 10, "y":'],
    ['empty file', ''],
    ['null', null],
    ['a number', '42'],
    ['an array', '[1,2,3]'],
    ['missing size', '{"x": 1, "y": 2}'],
    ['string sizes', '{"width": "1200", "height": "800"}'],
    ['NaN-like sizes', '{"width": null, "height": 1e999}'],
  ])('falls back to defaults for %s', (_label, saved) => {
    expect(restoreBounds(saved, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops the position when the window would be off-screen (monitor unplugged)', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [LAPTOP, RIGHT_MONITOR])).toMatchObject({ x: 2000, y: 100 });
    expect(restoreBounds(saved, [LAPTOP])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('drops the position when only a sliver would be visible', () => {
    const state = restoreBounds({ x: 1400, y: 850, width: 1000, height: 700 }, [LAPTOP]);
    expect(state).not.toHaveProperty('x');
    expect(restoreBounds({ x: -5000, y: -5000, width: 1000, height: 700 }, [LAPTOP])).not.toHaveProperty('x');
  });

  it('clamps the size to the minimum and to the largest display', () => {
    expect(restoreBounds({ width: 10, height: 10 }, [LAPTOP])).toMatchObject(MIN_WINDOW_SIZE);
    expect(restoreBounds({ width: 90000, height: 90000 }, [LAPTOP])).toMatchObject({ width: 1440, height: 875 });
  });

  it('ignores a non-boolean maximized flag', () => {
    expect(restoreBounds({ width: 1000, height: 700, maximized: 'yes' }, [LAPTOP]).maximized).toBe(false);
  });
});

describe('window-state.json', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.useRealTimers();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through the file and reads nothing when there is none', () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-ws-'));
    expect(readWindowState(dir)).toBeNull();
    writeWindowState(dir, { x: 5, y: 6, width: 900, height: 600, maximized: false });
    expect(restoreBounds(readWindowState(dir), [LAPTOP])).toEqual({ x: 5, y: 6, width: 900, height: 600, maximized: false });
  });

  it('saves after moves (debounced) and on close', () => {
    vi.useFakeTimers();
    dir = mkdtempSync(join(tmpdir(), 'verbatim-ws-'));
    const listeners = new Map<string, () => void>();
    let bounds = { x: 10, y: 20, width: 1000, height: 700 };
    const win = {
      on: (name: string, l: () => void) => listeners.set(name, l),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
      isDestroyed: () => false,
    };
    trackWindowState(win as unknown as BrowserWindow, dir, 500);
    listeners.get('move')!();
    listeners.get('resize')!();
    expect(readWindowState(dir)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({ x: 10, y: 20 });
    bounds = { x: 30, y: 40, width: 1100, height: 720 };
    listeners.get('close')!();
    expect(JSON.parse(readWindowState(dir)!)).toMatchObject({ x: 30, y: 40, width: 1100 });
  });

  it('logs instead of throwing when the folder cannot be written', () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-ws-'));
    writeFileSync(join(dir, 'file'), '');
    const log = vi.fn();
    const listeners = new Map<string, () => void>();
    const win = {
      on: (name: string, l: () => void) => listeners.set(name, l),
      getNormalBounds: () => ({ x: 0, y: 0, width: 900, height: 600 }),
      isMaximized: () => false,
      isDestroyed: () => false,
    };
    trackWindowState(win as unknown as BrowserWindow, join(dir, 'file', 'nested'), 500, log);
    expect(() => listeners.get('close')!()).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});
