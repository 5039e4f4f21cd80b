import type { MessageId } from '../../shared/i18n/catalogue';
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
  /**
   * Asks the user where to save an exported file (a .qdpx project, a .qdc codebook); null when
   * cancelled or not possible here (browser mode downloads instead).
   */
  pickFileToSave(request: SaveFileRequest): Promise<string | null>;
  /** Asks the user for a file to import; null when cancelled or not possible here (browser mode uploads instead). */
  pickFileToOpen(request: OpenFileRequest): Promise<string | null>;
  /** Sends a push event to the UI (no-op where there is no UI). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/**
 * What a save dialog for an export shows: its title, a suggested file name and the one file type.
 * Title and file type are message ids: the host says them in the UI's language.
 */
export interface SaveFileRequest {
  title: MessageId;
  suggestedFileName: string;
  filterName: MessageId;
  /** Without the dot, e.g. `qdpx`; added to a name typed without it. */
  extension: string;
}

/** What an open dialog for an import shows: its title and the file types it offers (message ids, as above). */
export interface OpenFileRequest {
  title: MessageId;
  filterName: MessageId;
  /** Without the dot, e.g. `qdpx`. */
  extensions: string[];
}

/** A host with no dialogs and no UI: browser mode overrides `emit`, the CLI uses it as is. */
export function headlessHost(mode: Host['mode'], emit: Host['emit'] = () => {}): Host {
  return {
    mode,
    nativeDialogs: false,
    pickStudyToOpen: async () => null,
    pickStudyToCreate: async () => null,
    pickFileToSave: async () => null,
    pickFileToOpen: async () => null,
    emit,
  };
}
