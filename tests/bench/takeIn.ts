import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import type { IncomingKind } from '../../shared/domain/files';

/**
 * Writes `content` to a file of its own under `dir` and hands it to the backend as the desktop app's
 * open dialog does; the import channels then name only the returned id.
 */
export function takeIn(b: Backend, dir: string, kind: IncomingKind, name: string, content: string | Uint8Array): { fileId: string } {
  const folder = join(dir, `in-${crypto.randomUUID()}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, content);
  return { fileId: b.context.incoming.registerPicked(kind, path).fileId };
}
