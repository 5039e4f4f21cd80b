/**
 * The Language setting through the real backend: remembered in the app settings, and announced as
 * `language:changed` so that the desktop menu and every open window follow at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

describe('app:setLanguage', () => {
  it('remembers the choice and announces it, and announces going back to the system', async () => {
    expect(await env.call('app:setLanguage', { language: 'hr' })).toEqual({ ok: true, value: { chosen: 'hr' } });
    expect(await env.call('app:language', {})).toEqual({ ok: true, value: { chosen: 'hr' } });
    expect(await env.call('app:setLanguage', { language: null })).toEqual({ ok: true, value: { chosen: null } });
    expect(env.events.filter((e) => e.name === 'language:changed')).toEqual([
      { name: 'language:changed', payload: { chosen: 'hr' } },
      { name: 'language:changed', payload: { chosen: null } },
    ]);
  });

  it('announces nothing for a value it refuses, and keeps the setting', async () => {
    await env.call('app:setLanguage', { language: 'nb' });
    const refused = await env.call('app:setLanguage', { language: 'klingon' });
    expect(refused.ok).toBe(false);
    expect(await env.call('app:language', {})).toEqual({ ok: true, value: { chosen: 'nb' } });
    expect(env.events.filter((e) => e.name === 'language:changed')).toHaveLength(1);
  });
});
