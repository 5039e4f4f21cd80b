import type { EventName, EventPayload } from '../../shared/ipc/events';

/**
 * What differs between the places the backend runs: Electron has native dialogs, browser mode
 * and the CLI do not. Handlers ask the host; they never import a transport.
 */
export interface Host {
  readonly mode: 'electron' | 'browser' | 'cli';
  readonly nativeDialogs: boolean;
  /** Asks the user for an existing study file; null when cancelled or not possible here. */
  pickStudyToOpen(): Promise<string | null>;
  /** Asks the user where to save a new study; null when cancelled or not possible here. */
  pickStudyToCreate(suggestedFileName: string): Promise<string | null>;
  /** Sends a push event to the UI (no-op where there is no UI). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** A host with no dialogs and no UI: browser mode overrides `emit`, the CLI uses it as is. */
export function headlessHost(mode: Host['mode'], emit: Host['emit'] = () => {}): Host {
  return {
    mode,
    nativeDialogs: false,
    pickStudyToOpen: async () => null,
    pickStudyToCreate: async () => null,
    emit,
  };
}
