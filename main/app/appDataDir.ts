import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Verbatim keeps settings, the recent list, backups and (without a save dialog) new studies
 * when it runs outside Electron. Electron uses app.getPath('userData'), which is the same folder.
 * APP_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultAppDataDir(): string {
  if (process.env.APP_DATA_DIR) return resolve(process.env.APP_DATA_DIR);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Verbatim');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Verbatim');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Verbatim');
}
