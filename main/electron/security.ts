import {
  BrowserWindow,
  shell,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebFrameMain,
  type WebPreferences,
} from 'electron';
import { APP_URL_PREFIX } from './constants';

/**
 * Window and session security policy (ARCHITECTURE.md §6). Each function is small and unit-tested
 * with `electron` mocked, because the real binary cannot run where this project is built.
 */

/** The only web preferences a Verbatim window gets: an isolated, sandboxed renderer with no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    spellcheck: true,
    // Middle-click would otherwise open links in new windows (denied anyway; this removes the path).
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Window options a caller may choose; the web preferences are not among them. */
export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The one way Verbatim creates a window. The preferences are written out here instead of spread
 * from {@link secureWebPreferences} because electronegativity only reads literals at
 * `new BrowserWindow`; a unit test keeps the two identical.
 */
export function createSecureWindow(options: SecureWindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
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
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/**
 * The CSP for every page of the app. No 'unsafe-inline' anywhere: React and Lexical set styles
 * through the CSSOM (element.style), which style-src does not govern; Vite emits CSS as files.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

/** {@link CSP_DIRECTIVES} as one header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** True for a URL of the app itself (`app://verbatim/...`). Chromium lower-cases standard hosts. */
export function isAppUrl(url: unknown): boolean {
  return typeof url === 'string' && url.startsWith(APP_URL_PREFIX);
}

/**
 * Which requests the session lets through: the app's own files, DevTools (development only, but
 * harmless: it is never reachable from the page) and inline data images. Everything else,
 * in particular http(s), file: and other custom schemes, is cancelled: the app has no remote content.
 */
export function isAllowedRequestUrl(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith('data:');
}

/** Denies every permission and remote request, and stamps the CSP on the app's responses. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  // protocol.ts already sets the CSP on HTML; this covers any app:// response it might miss.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    // Drop any CSP the response carries (in any letter case) so ours is the only one.
    const kept = Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
    callback({ responseHeaders: { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // Nothing in the app downloads through the browser; exports are written by the backend.
  session.on('will-download', (event) => event.preventDefault());
}

/** Stops new windows, foreign navigation and `<webview>` for one web contents. */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to a web page: hand it to the browser, never open it in the app.
    if (/^https?:/i.test(url)) openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * True when an IPC message comes from the top frame of the app's own page. Subframes, foreign
 * origins and frames that are gone (null) are refused (the vscode `validatedIpcMain` rule).
 */
export function isAppMainFrame(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  try {
    return frame.parent === null && isAppUrl(frame.url);
  } catch {
    // Reading a disposed frame throws; a frame we cannot inspect is not trusted.
    return false;
  }
}

/** Longest URL handed to the OS; real links are far shorter, long ones hide tricks. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The checks of {@link openExternalSafely}, without opening anything. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // Control characters and spaces are how parser differentials between us and the OS start.
  if (/[\p{Cc}\s]/u.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 && !parsed.pathname.startsWith('/');
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname.length > 0;
}

/**
 * The ONE place that calls `shell.openExternal`: only https: and mailto: links, without
 * credentials, at most {@link MAX_EXTERNAL_URL_LENGTH} characters. Returns whether it was opened.
 */
export function openExternalSafely(url: unknown): boolean {
  if (!isSafeExternalUrl(url)) return false;
  const normalized = new URL(url).href;
  shell.openExternal(normalized).catch((error: unknown) => {
    console.error(`[verbatim] could not open an external link: ${String(error)}`);
  });
  return true;
}
