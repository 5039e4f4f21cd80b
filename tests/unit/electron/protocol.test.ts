import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const { protocol } = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
vi.mock('electron', () => ({ protocol, shell: { openExternal: vi.fn() } }));

import type { Session } from 'electron';
import {
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppPath,
  responseHeaders,
  serveAppProtocol,
} from '../../../main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/security';

const ROOT = resolve('/srv/app/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://verbatim/', 'index.html'],
    ['app://verbatim/index.html', 'index.html'],
    ['app://verbatim/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://verbatim/assets/font%20name.woff2', 'assets/font name.woff2'],
    ['app://verbatim/index.html?x=1#top', 'index.html'],
    ['app://verbatim/assets/', 'assets/index.html'],
  ])('%s -> %s', (url, rel) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, rel));
  });

  it.each([
    ['parent segment', 'app://verbatim/../../etc/passwd'],
    ['parent segment inside', 'app://verbatim/assets/../../secret'],
    ['dot segment', 'app://verbatim/./index.html'],
    ['encoded parent', 'app://verbatim/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded parent', 'app://verbatim/%2E%2e/x'],
    ['half-encoded parent', 'app://verbatim/.%2e/x'],
    ['encoded slash', 'app://verbatim/..%2f..%2fetc%2fpasswd'],
    ['encoded slash alone', 'app://verbatim/assets%2F..%2F..%2Fx'],
    ['backslash', 'app://verbatim/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://verbatim/..%5c..%5cx'],
    ['absolute path in segment', 'app://verbatim/%2Fetc%2Fpasswd'],
    ['drive letter', 'app://verbatim/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://verbatim/C%3A%5CWindows'],
    ['NUL', 'app://verbatim/index.html\0.png'],
    ['encoded NUL', 'app://verbatim/index.html%00.png'],
    ['malformed escape', 'app://verbatim/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['host look-alike', 'app://verbatim.evil/index.html'],
    ['no trailing slash on host', 'app://verbatim'],
    ['file scheme', 'file:///etc/passwd'],
    ['https', 'https://verbatim/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('decodes once: a double-encoded parent is a literal file name inside the root', () => {
    expect(resolveAppPath(ROOT, 'app://verbatim/%252e%252e/x')).toBe(join(ROOT, '%2e%2e', 'x'));
  });

  it('never returns a path outside the root', () => {
    const tricky = ['app://verbatim//etc/passwd', 'app://verbatim/assets//../x', 'app://verbatim/%20/..'];
    for (const url of tricky) {
      const result = resolveAppPath(ROOT, url);
      if (result !== null) expect(result.startsWith(ROOT + '/') || result.startsWith(ROOT + '\\')).toBe(true);
    }
  });
});

describe('responseHeaders', () => {
  it('sets types by extension, nosniff everywhere and the CSP on HTML', () => {
    expect(responseHeaders('/x/index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
    expect(responseHeaders('/x/a.JS')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(responseHeaders('/x/a.css')['Content-Type']).toBe('text/css; charset=utf-8');
    expect(responseHeaders('/x/a.woff2')['Content-Type']).toBe('font/woff2');
    expect(responseHeaders('/x/a.bin')['Content-Type']).toBe('application/octet-stream');
    expect(responseHeaders('/x/a.js')).not.toHaveProperty('Content-Security-Policy');
  });
});

describe('app protocol handler', () => {
  let dir: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-protocol-'));
    root = join(dir, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Verbatim</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
    handler = createAppProtocolHandler(root);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP header', async () => {
    const response = await handler(new Request('app://verbatim/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Verbatim</title>');
  });

  it('serves assets with their type', async () => {
    const response = await handler(new Request('app://verbatim/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, directories, traversal and symlinks out of the root', async () => {
    for (const url of [
      'app://verbatim/nope.js',
      'app://verbatim/assets',
      'app://verbatim/%2e%2e/secret.txt',
      'app://verbatim/assets/link.txt',
    ]) {
      const response = await handler({ url, method: 'GET' } as Request);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler({ url: 'app://verbatim/index.html', method: 'POST' } as Request);
    expect(response.status).toBe(404);
  });

  it('registers on the session it is given', () => {
    const session = { protocol: { handle: vi.fn() } };
    serveAppProtocol(root, session as unknown as Session);
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('registerAppScheme', () => {
  it('registers app as a standard, secure scheme with fetch and nothing that bypasses CSP', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
