import { describe, expect, it } from 'vitest';
import { clampSidebar, saveSidebarWidth, savedSidebarWidth, SIDEBAR_DEFAULT, SIDEBAR_MIN } from '../../../renderer/coding/sidebarWidth';

/** A Map-backed stand-in for localStorage (the real one is exercised in the e2e test). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('the coding sidebar width', () => {
  it('stays between its minimum and what leaves the transcript room', () => {
    expect(clampSidebar(100, 1280)).toBe(SIDEBAR_MIN);
    expect(clampSidebar(380.4, 1280)).toBe(380);
    expect(clampSidebar(5000, 1280)).toBe(1280 - 336 - 360);
    expect(clampSidebar(Infinity, 1920)).toBe(640);
    // A narrow window allows no wider than the default, and never forces it narrower.
    expect(clampSidebar(400, 700)).toBe(SIDEBAR_DEFAULT);
    expect(clampSidebar(SIDEBAR_DEFAULT, 700)).toBe(SIDEBAR_DEFAULT);
    expect(clampSidebar(150, 700)).toBe(SIDEBAR_MIN);
    expect(clampSidebar(NaN, 1280)).toBe(SIDEBAR_DEFAULT);
  });

  it('is remembered, and a missing, damaged or refused value gives the default', () => {
    const storage = memoryStorage();
    expect(savedSidebarWidth(storage)).toBe(SIDEBAR_DEFAULT);
    saveSidebarWidth(storage, 401.6);
    expect(savedSidebarWidth(storage)).toBe(402);
    expect(savedSidebarWidth(memoryStorage({ 'verbatim.coding.sidebarWidth': 'wide' }))).toBe(SIDEBAR_DEFAULT);
    expect(savedSidebarWidth(memoryStorage({ 'verbatim.coding.sidebarWidth': '-20' }))).toBe(SIDEBAR_DEFAULT);
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(savedSidebarWidth(refusing)).toBe(SIDEBAR_DEFAULT);
    expect(() => saveSidebarWidth(refusing, 300)).not.toThrow();
    expect(savedSidebarWidth(null)).toBe(SIDEBAR_DEFAULT);
  });
});
