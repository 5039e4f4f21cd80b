import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { MessageIdSchema, SentenceSchema } from '../i18n/sentence';
import { DataChange } from '../domain/dataChange';

/** Menu and shortcut commands the Electron shell forwards to the UI. */
export const MENU_COMMANDS = ['study:new', 'study:open', 'study:openSample', 'study:close', 'app:about', 'edit:undo', 'edit:redo'] as const;

/**
 * Push events from the backend to the UI. Each has its own schema; the preload and the
 * browser-mode event stream pass on only these names.
 */
export const events = {
  /** Another study was opened, or the study was closed (null): every screen starts over. */
  'study:changed': z.object({ path: z.string().nullable() }),
  /** A write committed in the open study (any window, tab or transport): what it changed (shared/domain/dataChange.ts). */
  'data:changed': DataChange,
  /** A menu item or accelerator was used in the Electron shell. */
  'menu:command': z.object({ command: z.enum(MENU_COMMANDS), path: z.string().optional() }),
  /** Window `windowId` took over the open study; any other window saves and steps back. */
  'window:claimed': z.object({ windowId: z.string() }),
  /** The Language setting changed (null: follow the system): every window and the desktop menu follow at once. */
  'language:changed': z.object({ chosen: z.enum([...LOCALES, 'pseudo']).nullable() }),
  /** How far a long job the UI started with its own `jobId` has come (see jobChannels.ts); ends at 100 unless it failed or was cancelled. The stage is a catalogue message (`stageId`, `values`), said in the UI's language; `stage` is its English, for logs and programs. */
  'job:progress': z.object({
    jobId: z.string(),
    stage: z.string(),
    stageId: MessageIdSchema,
    values: SentenceSchema.shape.values,
    percent: z.number().min(0).max(100),
  }),
} as const;

/** An event name of {@link events}. */
export type EventName = keyof typeof events;
/** The payload of an event. */
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** True when `name` is an event of {@link events}. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** The bridge the preload exposes as `window.api`, and that browser mode imitates over HTTP. */
export interface Bridge {
  /** `callId`: the page's own name for the call, repeated by the change event a write publishes. */
  invoke(channel: string, input: unknown, callId?: string): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
