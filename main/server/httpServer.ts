import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { isEventName } from '../../shared/ipc/events';
import { fail } from '../../shared/result';
import type { Dispatch } from '../api/dispatch';
import type { ReceiveUpload } from '../api/upload';

export interface BrowserServerOptions {
  dispatch: Dispatch;
  /** Where `PUT /api/upload` sends a file's raw bytes (the road in for imports). */
  receiveUpload?: ReceiveUpload;
  /** The built renderer (index.html + assets). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  /** Sends a push event to every connected browser tab. */
  emit(name: string, payload: unknown): void;
  close(): Promise<void>;
}

/**
 * The largest channel call: files never travel in JSON (they stream to `/api/upload`), so the biggest
 * inputs are a 1,000,000-character memo or turn (3 MB of CJK in UTF-8, 6 MB if every character were a
 * JSON escape) and `codes:split`'s 100,000 ids (3.9 MB).
 */
export const MAX_INVOKE_BODY_BYTES = 8 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
/** Same policy as the Electron window: nothing remote, no inline script, no framing. */
export const BROWSER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Browser mode: the same backend over HTTP, for people without Electron and for end-to-end tests.
 * Binds 127.0.0.1 only. Every API call needs the per-launch token (Authorization: Bearer, or
 * ?token= for the event stream, which EventSource cannot give headers), and Host and Origin must
 * name this server, which stops DNS-rebinding and cross-site pages from reaching the API.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[verbatim] browser mode request failed', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'errors.serverFailed'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!hostAllowed(req.headers.host, port)) return sendJson(res, 421, fail('FORBIDDEN', 'errors.unexpectedHost'));
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin, port)) return sendJson(res, 403, fail('FORBIDDEN', 'errors.otherSite'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return sendJson(res, 405, fail('INVALID_INPUT', 'errors.useMethod', { method: 'POST' }));
      if (!tokenMatches(bearer(req.headers.authorization), token)) return sendJson(res, 401, fail('FORBIDDEN', 'errors.wrongToken'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return sendJson(res, 415, fail('INVALID_INPUT', 'errors.sendJson'));
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, fail('INVALID_INPUT', 'errors.requestTooLarge'));
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch {
        return sendJson(res, 400, fail('INVALID_INPUT', 'errors.requestNotJson'));
      }
      const { channel, input, callId } = (typeof message === 'object' && message !== null ? message : {}) as {
        channel?: unknown;
        input?: unknown;
        callId?: unknown;
      };
      return sendJson(res, 200, await options.dispatch(channel, input, callId));
    }
    if (url.pathname === '/api/upload' && options.receiveUpload) {
      if (req.method !== 'PUT') return sendJson(res, 405, fail('INVALID_INPUT', 'errors.useMethod', { method: 'PUT' }));
      if (!tokenMatches(bearer(req.headers.authorization), token)) return sendJson(res, 401, fail('FORBIDDEN', 'errors.wrongToken'));
      if (req.headers['content-type'] !== 'application/octet-stream')
        return sendJson(res, 415, fail('INVALID_INPUT', 'errors.sendRawBytes'));
      const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
      const result = await options.receiveUpload(
        url.searchParams.get('kind'),
        url.searchParams.get('name') ?? '',
        Number.isFinite(declared) ? declared : null,
        req,
      );
      // A refused upload may not have been read to its end: close the connection rather than drain it.
      if (!result.ok) res.setHeader('Connection', 'close');
      return sendJson(res, result.ok ? 200 : 400, result);
    }
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendJson(res, 401, fail('FORBIDDEN', 'errors.wrongToken'));
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, fail('UNKNOWN_CHANNEL', 'errors.noSuchEndpoint'));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, fail('INVALID_INPUT', 'errors.useMethod', { method: 'GET' }));
    return serveStatic(root, url.pathname, res);
  }

  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    emit(name, payload) {
      if (!isEventName(name)) return;
      const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      // A stream whose page went away may end before its 'close' event removed it.
      for (const s of streams) if (!s.writableEnded && !s.destroyed) s.write(frame);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const s of streams) s.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, fail('INVALID_INPUT', 'errors.badPath'));
  }
  const file = resolve(join(root, decoded === '/' ? 'index.html' : decoded));
  if (decoded.includes('\0') || (file !== root && !file.startsWith(root + sep)))
    return sendJson(res, 404, fail('NOT_FOUND', 'errors.notFound'));
  if (!existsSync(file) || !statSync(file).isFile()) return sendJson(res, 404, fail('NOT_FOUND', 'errors.notFound'));
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': BROWSER_CSP } : {}),
  });
  createReadStream(file).pipe(res);
}

/** Only the loopback names this server listens on; anything else is a rebinding attempt. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originAllowed(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  return m ? m[1]! : null;
}

/** Constant-time comparison so the token cannot be guessed byte by byte from response times. */
function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_INVOKE_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
