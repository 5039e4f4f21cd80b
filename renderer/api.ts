import { INCOMING_LIMITS, IncomingFile, type IncomingKind } from '../shared/domain/files';
import type { Channel, In, Out } from '../shared/ipc/contract';
import { events, type Bridge, type EventName, type EventPayload } from '../shared/ipc/events';
import { fail, failureText, type Result } from '../shared/result';
import { currentTranslator } from './i18n/currentLocale';

/**
 * The only module that knows how calls travel. In Electron the preload exposes `window.api`;
 * in browser mode (`npm run serve`, e2e tests) the same Bridge is imitated over HTTP with the
 * per-launch token from the address the server printed.
 */

declare global {
  interface Window {
    api?: Bridge;
  }
}

const TOKEN_KEY = 'verbatim.token';

/** Why the UI cannot reach the backend, when it cannot. */
export type ConnectionProblem = 'missing-token' | 'rejected-token';

let bridge: Bridge | null = null;
/** Browser mode's token, for uploads (the bridge keeps its own copy). */
let browserToken: string | null = null;
let leaving = false;
/** Under the 64 KiB keepalive quota even when the body's characters take 2–3 bytes in UTF-8. */
const KEEPALIVE_MAX_CHARS = 20_000;
let problem: ConnectionProblem | null = null;
const problemListeners = new Set<(p: ConnectionProblem) => void>();

function reportProblem(p: ConnectionProblem): void {
  problem = p;
  for (const listener of problemListeners) listener(p);
}

/**
 * Takes the token out of the URL fragment (so it is not left in the address bar, history or a
 * screenshot) and keeps it in sessionStorage, so a reload of the same tab still works.
 */
function readBrowserToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Listeners told each time browser mode's event stream (re)opens (see onEventsConnected). */
const streamOpenListeners = new Set<() => void>();
let streamIsOpen = false;

function browserBridge(token: string): Bridge {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const openSource = (): EventSource => {
    const opened = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    opened.addEventListener('open', () => {
      streamIsOpen = true;
      for (const listener of streamOpenListeners) listener();
    });
    opened.addEventListener('error', () => {
      streamIsOpen = false;
    });
    return opened;
  };

  // One EventSource for the whole page; each event name gets one DOM listener that fans out.
  const subscribe = (name: string): void => {
    source ??= openSource();
    source.addEventListener(name, (message) => {
      let payload: unknown;
      try {
        payload = JSON.parse((message as MessageEvent<string>).data);
      } catch (error) {
        console.warn(`[verbatim] ignored a malformed ${name} event`, error);
        return;
      }
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  };

  const post = (body: string, keepalive: boolean) =>
    fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      keepalive,
    });

  return {
    async invoke(channel, input, callId) {
      let response: Response;
      const body = JSON.stringify({ channel, input, callId });
      try {
        // While the tab is closing, keepalive lets a save outlive the page. Browsers cap keepalive
        // bodies in flight at 64 KiB, so big ones (and any a full quota refuses) go out plainly.
        const keepalive = leaving && body.length <= KEEPALIVE_MAX_CHARS;
        response = await post(body, keepalive).catch((error: unknown) => (keepalive ? post(body, false) : Promise.reject(error)));
      } catch {
        return fail('IO_ERROR', 'errors.serverUnreachable');
      }
      if (response.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        reportProblem('rejected-token');
      }
      try {
        return (await response.json()) as unknown;
      } catch {
        return fail('INTERNAL', 'errors.serverNoResult', { status: response.status });
      }
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        subscribe(event);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** Picks the transport once; returns null (and records why) when there is none. */
function getBridge(): Bridge | null {
  if (bridge || problem) return bridge;
  if (window.api) {
    bridge = window.api;
    return bridge;
  }
  const token = readBrowserToken();
  browserToken = token;
  if (token) bridge = browserBridge(token);
  else problem = 'missing-token';
  return bridge;
}

/** Sets up the transport; call once before rendering. Returns the problem when there is one. */
export function connect(): ConnectionProblem | null {
  getBridge();
  return problem;
}

/** True in the desktop app, where the window can close itself (`window.close()`); false in a browser tab. */
export function isDesktopWindow(): boolean {
  return getBridge() !== null && bridge === window.api;
}

/** Marks that the page is being left, so browser-mode calls from now on use keepalive (see leaveGuard.ts). */
export function setLeaving(on: boolean): void {
  leaving = on;
}

/** Tells the caller when the server refuses the token (for example after a restart of `npm run serve`). */
export function onConnectionProblem(listener: (p: ConnectionProblem) => void): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || typeof (value as { ok?: unknown }).ok !== 'boolean') return false;
  const r = value as { ok: boolean; error?: { message?: unknown } };
  return r.ok || typeof r.error?.message === 'string';
}

/** A failed result's sentence in the UI's language (failures carry their catalogue message; see shared/result.ts). */
function spoken<T>(result: Result<T>): Result<T> {
  if (result.ok || !result.error.messageId) return result;
  return { ok: false, error: { ...result.error, message: failureText(currentTranslator(), result.error) } };
}

/** Calls the backend. Never throws: every failure comes back as a failed Result with a sentence in the UI's language. */
export async function invoke<C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>> {
  return spoken(await call(channel, input));
}

/**
 * This page's recent calls by the id it gave each, so that a change event naming one of them is
 * known as this page's own write (see {@link ownChannelOf}). Reads never come back as events, so
 * only the latest calls are kept.
 */
const ownCalls = new Map<string, Channel>();
const OWN_CALLS_KEPT = 500;
let callCount = 0;
const pageId = Math.random().toString(36).slice(2, 10);

function rememberCall(channel: Channel): string {
  const callId = `${pageId}-${++callCount}`;
  ownCalls.set(callId, channel);
  if (ownCalls.size > OWN_CALLS_KEPT) ownCalls.delete(ownCalls.keys().next().value!);
  return callId;
}

/** The channel of the call of this page that made `change`; null when another page (or the backend itself) made it. */
export function ownChannelOf(change: { callId?: string }): Channel | null {
  return change.callId === undefined ? null : (ownCalls.get(change.callId) ?? null);
}

async function call<C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>> {
  const b = getBridge();
  if (!b) return fail('FORBIDDEN', 'errors.notConnected');
  try {
    const result = await b.invoke(channel, input, rememberCall(channel));
    if (!isResult(result)) return fail('INTERNAL', 'errors.unexpectedAnswer', { channel });
    return result as Result<Out<C>>;
  } catch (error) {
    return fail('INTERNAL', 'errors.callFailed', { channel, detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Calls `listener` whenever push events start to arrive, so that a state that must not miss one can be
 * asked for again: at once in the desktop app (IPC misses nothing), and in browser mode each time the
 * event stream opens or reopens after a break, since what was pushed while it was closed never arrives.
 * Subscribe with `on()` first: the stream opens with the first subscription.
 */
export function onEventsConnected(listener: () => void): () => void {
  const b = getBridge();
  if (!b) return () => {};
  if (b === window.api || streamIsOpen) queueMicrotask(listener);
  if (b === window.api) return () => {};
  streamOpenListeners.add(listener);
  return () => streamOpenListeners.delete(listener);
}

/** True when push events arrive now: always in the desktop app, in browser mode while the event stream is open. */
export function eventsAreConnected(): boolean {
  const b = getBridge();
  return b !== null && (b === window.api || streamIsOpen);
}

/** Listens to a push event; payloads that do not match the event's schema are dropped. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const b = getBridge();
  if (!b) return () => {};
  return b.on(event, (payload) => {
    const parsed = events[event].safeParse(payload);
    if (parsed.success) listener(parsed.data as EventPayload<E>);
    else console.warn(`[verbatim] ignored a malformed ${event} event`);
  });
}

/**
 * Takes in a file for an import, the same way in both modes as far as the caller can tell: the
 * desktop app asks its open dialog (`file` is not needed); browser mode, which has none, uploads the
 * file the user chose to the local server, which streams it to a temporary file. Either way the
 * answer is an opaque id for the import channels, never a path. Never throws.
 */
export async function takeInFile(kind: IncomingKind, file?: File): Promise<Result<IncomingFile>> {
  if (isDesktopWindow()) return invoke('files:pickToOpen', { kind });
  return spoken(await upload(kind, file));
}

async function upload(kind: IncomingKind, file?: File): Promise<Result<IncomingFile>> {
  if (!file) return fail('CANCELLED', 'errors.noFileChosen');
  const limit = INCOMING_LIMITS[kind];
  // The server enforces the same limit while streaming; saying it before sending saves the wait.
  if (file.size > limit.bytes) return fail('INVALID_INPUT', 'errors.fileTooLarge', { name: file.name, limit: limit.label });
  if (getBridge() === null || browserToken === null) return fail('FORBIDDEN', 'errors.notConnected');
  let response: Response;
  try {
    response = await fetch(`/api/upload?kind=${encodeURIComponent(kind)}&name=${encodeURIComponent(file.name.slice(0, 260))}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${browserToken}` },
      body: file,
    });
  } catch {
    return fail('IO_ERROR', 'errors.serverUnreachable');
  }
  let result: unknown;
  try {
    result = await response.json();
  } catch {
    return fail('INTERNAL', 'errors.serverNoResult', { status: response.status });
  }
  if (!isResult(result)) return fail('INTERNAL', 'errors.unexpectedAnswer', { channel: 'upload' });
  if (!result.ok) return result;
  const parsed = IncomingFile.safeParse(result.value);
  return parsed.success ? { ok: true, value: parsed.data } : fail('INTERNAL', 'errors.unexpectedAnswer', { channel: 'upload' });
}
