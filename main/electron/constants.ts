/**
 * Names shared by the Electron main process and the preload. This file imports nothing, so the
 * sandboxed preload bundle can use it without pulling in main-process code.
 */

/** The privileged scheme the renderer is served from (never file://, which has broad access). */
export const APP_SCHEME = 'app';
/** The single host of that scheme; any other host is refused. */
export const APP_HOST = 'verbatim';
/** Every URL of the app itself starts with this. */
export const APP_URL_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_URL_PREFIX}index.html`;

/** The one IPC channel main uses to push events (`{name, payload}`) to the renderer. */
export const EVENT_CHANNEL = 'verbatim:event';

/** File extension of a study (without the dot). */
export const STUDY_EXTENSION = 'verbatim';
