import { beforeEach, describe, expect, it, vi } from 'vitest';

const { shell } = vi.hoisted(() => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }));
vi.mock('electron', () => ({ shell }));

import type { WebFrameMain } from 'electron';
import { isAppMainFrame, MAX_EXTERNAL_URL_LENGTH, openExternalSafely } from '../../../main/electron/security';

beforeEach(() => shell.openExternal.mockClear());

function frame(url: string, parent: unknown = null): WebFrameMain {
  return { url, parent } as unknown as WebFrameMain;
}

describe('isAppMainFrame', () => {
  it('accepts the top frame of the app page', () => {
    expect(isAppMainFrame(frame('app://verbatim/index.html'))).toBe(true);
    expect(isAppMainFrame(frame('app://verbatim/index.html#/study'))).toBe(true);
  });

  it('refuses a missing frame', () => {
    expect(isAppMainFrame(null)).toBe(false);
    expect(isAppMainFrame(undefined)).toBe(false);
  });

  it('refuses subframes, even of the app origin', () => {
    expect(isAppMainFrame(frame('app://verbatim/index.html', frame('app://verbatim/index.html')))).toBe(false);
  });

  it('refuses foreign and look-alike origins', () => {
    for (const url of [
      'https://verbatim/index.html',
      'file:///work/out/renderer/index.html',
      'app://verbatim.evil/index.html',
      'app://verbatimx/',
      'app://evil@verbatim/', // does not start with the exact prefix
      'devtools://devtools/bundled/inspector.html',
      '',
      'about:blank',
    ]) {
      expect(isAppMainFrame(frame(url)), url).toBe(false);
    }
  });

  it('refuses a frame whose properties throw (disposed)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    } as unknown as WebFrameMain;
    expect(isAppMainFrame(disposed)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('opens https links', () => {
    expect(openExternalSafely('https://example.com/docs?q=1#top')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/docs?q=1#top');
  });

  it('opens mailto links', () => {
    expect(openExternalSafely('mailto:research@example.com')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['http:', 'http://example.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['smb:', 'smb://attacker/share'],
    ['custom app scheme', 'app://verbatim/index.html'],
    ['credentials', 'https://user:pass@example.com/'],
    ['username only', 'https://user@example.com/'],
    ['spaces', 'https://example.com/a b'],
    ['newline', 'https://example.com/\n'],
    ['leading space', ' https://example.com/'],
    ['not a URL', 'example.com'],
    ['empty', ''],
    ['mailto without address', 'mailto:?subject=hi'],
  ])('refuses %s', (_label, url) => {
    expect(openExternalSafely(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses very long URLs and non-strings', () => {
    const long = `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(openExternalSafely(long)).toBe(false);
    expect(openExternalSafely(42)).toBe(false);
    expect(openExternalSafely(null)).toBe(false);
    expect(openExternalSafely({ toString: () => 'https://example.com/' })).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never throws when the OS fails to open the link', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    shell.openExternal.mockImplementationOnce(() => Promise.reject(new Error('no handler')));
    expect(openExternalSafely('https://example.com/')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
