/**
 * A new study whose title leaves nothing a file may be called ("???", "<>") is filed as "Untitled
 * study" in the UI's language: the language the page passes, else the one the user chose, English
 * only when the backend knows neither. Both the studies folder (browser mode) and the name the
 * desktop save dialog suggests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { freshEnvForEachTest } from './helpers';

const env = freshEnvForEachTest();

describe('the file name of a study with an untitled title', () => {
  it('is in the language the page passes (browser mode files it in the studies folder)', async () => {
    const croatian = await env.ok('study:create', { title: '???', language: 'hr', sample: false });
    expect(basename(croatian.path)).toBe('Istraživanje bez naziva.verbatim');
    expect(croatian.title).toBe('???');
    const second = await env.ok('study:create', { title: '<>', language: 'hr', sample: false });
    expect(basename(second.path)).toBe('Istraživanje bez naziva (2).verbatim');
  });

  it('is in the language the user chose when the page passes none, English when nobody said', async () => {
    expect(basename((await env.ok('study:create', { title: '...', sample: false })).path)).toBe('Untitled study.verbatim');
    await env.ok('app:setLanguage', { language: 'zh-Hans' });
    expect(basename((await env.ok('study:create', { title: '|*|', sample: false })).path)).toBe('未命名研究.verbatim');
  });

  it('keeps a title that has letters, whatever the language', async () => {
    expect(basename((await env.ok('study:create', { title: 'Kupci: Q3/2026', language: 'hu', sample: false })).path)).toBe(
      'Kupci Q3 2026.verbatim',
    );
  });
});

describe('the name the desktop save dialog suggests', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is "Untitled study" in Norwegian when the page speaks Norwegian', async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-untitled-'));
    const suggested: string[] = [];
    const backend = createBackend({
      appDataDir: join(dir, 'appdata'),
      host: {
        ...headlessHost('cli', () => {}),
        nativeDialogs: true,
        pickStudyToCreate: async (name) => (suggested.push(name), join(dir, 'chosen.verbatim')),
      },
    });
    try {
      const result = await backend.dispatch('study:create', { title: '???', language: 'nb' });
      expect(result.ok).toBe(true);
      expect(suggested).toEqual(['Studie uten navn.verbatim']);
    } finally {
      backend.close();
    }
  });
});
