import { beforeEach, describe, expect, it, vi } from 'vitest';

const { shell, BrowserWindow } = vi.hoisted(() => ({
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  BrowserWindow: vi.fn(function (this: { options: unknown }, options: unknown) {
    this.options = options;
  }),
}));
vi.mock('electron', () => ({ shell, BrowserWindow }));

import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  createSecureWindow,
  hardenContents,
  hardenSession,
  isAllowedRequestUrl,
  secureWebPreferences,
} from '../../../main/electron/security';

type Listener = (...args: unknown[]) => unknown;

/** Parses a CSP header into directive -> sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

beforeEach(() => shell.openExternal.mockClear());

describe('secureWebPreferences', () => {
  it('sandboxes and isolates the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

describe('createSecureWindow', () => {
  it('creates the window with exactly secureWebPreferences, whatever else is passed', () => {
    const options = { width: 900, height: 600, show: false, webPreferences: { nodeIntegration: true } };
    const win = createSecureWindow(options as Parameters<typeof createSecureWindow>[0], '/app/preload.cjs') as unknown as {
      options: { width: number; webPreferences: unknown };
    };
    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    expect(win.options.width).toBe(900);
    expect(win.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('has no unsafe-eval, unsafe-inline, wildcards or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
    for (const [, sources] of csp) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|data:)$/);
    }
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    ['app://verbatim/index.html', true],
    ['app://verbatim/assets/index-abc.js', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['data:image/png;base64,AAAA', true],
    ['https://example.com/x.js', false],
    ['http://127.0.0.1:4173/', false],
    ['file:///etc/passwd', false],
    ['app://other/index.html', false],
    ['ws://localhost:1/', false],
  ])('%s -> %s', (url, allowed) => expect(isAllowedRequestUrl(url)).toBe(allowed));
});

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: vi.fn((h: Listener) => (handlers.request = h)),
    setPermissionCheckHandler: vi.fn((h: Listener) => (handlers.check = h)),
    webRequest: {
      onBeforeRequest: vi.fn((h: Listener) => (handlers.before = h)),
      onHeadersReceived: vi.fn((h: Listener) => (handlers.headers = h)),
    },
    on: vi.fn((name: string, h: Listener) => (handlers[name] = h)),
  };
  hardenSession(session as unknown as Session);
  return handlers;
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const h = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      h.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(h.check!({}, permission, 'app://verbatim', {})).toBe(false);
    }
  });

  it('cancels requests that leave the app', () => {
    const h = fakeSession();
    const cb = vi.fn();
    h.before!({ url: 'https://evil.example/x' }, cb);
    expect(cb).toHaveBeenLastCalledWith({ cancel: true });
    h.before!({ url: 'app://verbatim/assets/a.js' }, cb);
    expect(cb).toHaveBeenLastCalledWith({ cancel: false });
  });

  it('replaces any CSP header on app responses with ours and leaves others alone', () => {
    const h = fakeSession();
    const cb = vi.fn();
    h.headers!({ url: 'app://verbatim/index.html', responseHeaders: { 'content-security-policy': ['default-src *'] } }, cb);
    expect(cb).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    h.headers!({ url: 'devtools://devtools/x', responseHeaders: {} }, cb);
    expect(cb).toHaveBeenLastCalledWith({});
  });

  it('cancels downloads', () => {
    const event = { preventDefault: vi.fn() };
    fakeSession()['will-download']!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

function fakeContents() {
  const handlers: Record<string, Listener> = {};
  const contents = {
    setWindowOpenHandler: vi.fn((h: Listener) => (handlers.open = h)),
    on: vi.fn((name: string, h: Listener) => (handlers[name] = h)),
  };
  hardenContents(contents as unknown as WebContents);
  return handlers;
}

function navigate(handler: Listener | undefined, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  handler!(event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('hardenContents', () => {
  it('denies window.open and hands https links to the vetted opener', () => {
    const h = fakeContents();
    expect(h.open!({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });

  it('denies window.open of other schemes without opening anything', () => {
    const h = fakeContents();
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://verbatim/index.html', 'about:blank']) {
      expect(h.open!({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks foreign URLs, allows the app origin', (name) => {
    const h = fakeContents();
    expect(navigate(h[name], 'https://evil.example/')).toBe(true);
    expect(navigate(h[name], 'file:///etc/passwd')).toBe(true);
    expect(navigate(h[name], 'app://verbatimx/index.html')).toBe(true);
    expect(navigate(h[name], 'app://verbatim/index.html')).toBe(false);
  });

  it('prevents webviews from attaching', () => {
    const event = { preventDefault: vi.fn() };
    fakeContents()['will-attach-webview']!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
