import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, APP_URL_PREFIX } from './constants';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Serves the built renderer (out/renderer) over `app://verbatim/`. A privileged standard scheme
 * gives the page a real origin (so CSP 'self' and the IPC sender check mean something) without
 * the reach of file://, and every path is checked so the page can read nothing else.
 */

/**
 * Must run before the app is ready: Chromium fixes scheme privileges at startup. `corsEnabled`
 * stays off on purpose: it would let other origins read app:// responses; the page's own
 * (same-origin) module scripts load without it. `bypassCSP` stays off so our CSP applies.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Content types by extension; anything else is served as opaque bytes (and nosniff). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The response headers for a served file: its type, nosniff, and the CSP on HTML. */
export function responseHeaders(filePath: string): Record<string, string> {
  const ext = extname(filePath).toLowerCase();
  const base = { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' };
  return ext === '.html' ? { ...base, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : base;
}

/** True when `child` is `root` itself or lies below it. */
function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps an `app://verbatim/...` URL to a file under `rootDir`, or null when the URL must be
 * refused: another scheme or host, `.`/`..` segments (also percent-encoded), encoded slashes or
 * backslashes, drive letters, NUL, malformed escapes. A URL ending in `/` means index.html.
 * Pure: it never touches the disk (the handler also checks the real path, for symlinks).
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || !requestUrl.startsWith(APP_URL_PREFIX)) return null;
  if (requestUrl.includes('\0')) return null;
  // Query and fragment never name a file.
  const rawPath = requestUrl.slice(APP_URL_PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..') return null;
    // After decoding, a segment must be a plain file name: no separators, drives, streams or NUL.
    if (/[/\\:\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  if (rawPath === '' || rawPath.endsWith('/')) segments.push('index.html');
  const root = resolve(rootDir);
  const full = join(root, ...segments);
  return isInside(root, full) && full !== root ? full : null;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The `app:` protocol handler: resolves the URL, follows symlinks only if they stay inside the
 * renderer folder, and answers 404 for everything refused or missing (never an error page that
 * could leak a path).
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = resolveAppPath(root, request.url);
    if (!file) return notFound();
    try {
      // Inside app.asar there are no symlinks; if realpath is unavailable there, the lexical
      // check of resolveAppPath already holds.
      const [realRoot, realFile] = await Promise.all([realpath(root).catch(() => root), realpath(file).catch(() => file)]);
      if (!realFile.startsWith(realRoot + sep)) return notFound();
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, { status: 200, headers: responseHeaders(realFile) });
    } catch {
      // Missing file, a directory, or unreadable: all the same to the page.
      return notFound();
    }
  };
}

/** Serves `rootDir` on the app scheme of `session` (after ready). */
export function serveAppProtocol(rootDir: string, session: Session): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
