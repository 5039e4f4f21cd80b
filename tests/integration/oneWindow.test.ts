/**
 * One study, one window, one connection: opening the study that is already open, by whatever path
 * leads to it, gives back the open study (the UI then just shows it) instead of a second connection
 * that the study's own exclusive lock would refuse as "open in another window".
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

describe('opening the study that is already open', () => {
  it('by the same path, or through a symlink, returns the open study without a second connection', async () => {
    const created = await env.createStudy('once');
    const before = env.backend.context.studies.current;
    expect(before).not.toBeNull();
    const again = await env.ok('study:open', { path: created.path });
    expect(again.path).toBe(created.path);
    expect(env.backend.context.studies.current).toBe(before);

    const link = join(env.dir, 'shortcut.verbatim');
    symlinkSync(created.path, link);
    const viaLink = await env.ok('study:open', { path: link });
    expect(viaLink.path).toBe(created.path);
    expect(env.backend.context.studies.current).toBe(before);
  });

  it('another process (a second backend) is still refused with STUDY_IN_USE', async () => {
    const created = await env.createStudy('held');
    const other = env.newBackend();
    try {
      const result = await other.dispatch('study:open', { path: created.path });
      expect(result).toMatchObject({ ok: false, error: { code: 'STUDY_IN_USE' } });
    } finally {
      other.close();
    }
  });
});

const TAB_A = '00000000-0000-4000-8000-0000000000aa';
const TAB_B = '00000000-0000-4000-8000-0000000000bb';

describe('a second browser tab on the same server', () => {
  it('is refused while the first holds the study; taking over tells the first to step back', async () => {
    await env.createStudy('tabs');
    expect(await env.ok('window:claim', { windowId: TAB_A, takeOver: false })).toEqual({ granted: true });
    // A reload of the same tab keeps its id and its claim.
    expect(await env.ok('window:claim', { windowId: TAB_A, takeOver: false })).toEqual({ granted: true });
    expect(await env.ok('window:claim', { windowId: TAB_B, takeOver: false })).toEqual({ granted: false });
    expect(env.events.filter((e) => e.name === 'window:claimed')).toEqual([]);

    expect(await env.ok('window:claim', { windowId: TAB_B, takeOver: true })).toEqual({ granted: true });
    expect(env.events.filter((e) => e.name === 'window:claimed')).toEqual([{ name: 'window:claimed', payload: { windowId: TAB_B } }]);
    expect(await env.ok('window:claim', { windowId: TAB_A, takeOver: false })).toEqual({ granted: false });
  });

  it('a closed tab gives the claim back; a release by another tab changes nothing', async () => {
    await env.ok('window:claim', { windowId: TAB_A, takeOver: false });
    await env.ok('window:release', { windowId: TAB_B });
    expect(await env.ok('window:claim', { windowId: TAB_B, takeOver: false })).toEqual({ granted: false });
    await env.ok('window:release', { windowId: TAB_A });
    expect(await env.ok('window:claim', { windowId: TAB_B, takeOver: false })).toEqual({ granted: true });
    expect(env.events.filter((e) => e.name === 'window:claimed')).toEqual([]);
  });
});
