import { readFileSync } from 'node:fs';

const SYNCED_FOLDERS: readonly [RegExp, string][] = [
  [/[\\/]dropbox( \([^)]*\))?[\\/]/i, 'Dropbox'],
  [/[\\/]onedrive( - [^\\/]*)?[\\/]/i, 'OneDrive'],
  [/[\\/](google ?drive|my drive|googledrive)[\\/]/i, 'Google Drive'],
  [/[\\/](icloud ?drive|mobile documents|com~apple~clouddocs)[\\/]/i, 'iCloud Drive'],
  [/[\\/]library[\\/]cloudstorage[\\/]/i, 'a cloud storage provider'],
  [/[\\/]box( sync)?[\\/]/i, 'Box'],
  [/[\\/](nextcloud|owncloud|pcloud drive|sync\.com|megasync)[\\/]/i, 'a file-sync service'],
];
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'afpfs', 'webdav', 'davfs', 'fuse.rclone', '9p']);

/**
 * Warnings for study files kept where SQLite's locking and write-ahead log are unreliable:
 * cloud-synced folders (a sync can copy a half-written file or make "conflicted copies") and
 * network shares. `mounts` is /proc/mounts text (Linux); it is read when not given.
 */
export function storageWarnings(path: string, mounts: string | null = readMounts()): string[] {
  const warnings: string[] = [];
  const normalized = path.replace(/\\/g, '/');
  const synced = SYNCED_FOLDERS.find(([pattern]) => pattern.test(normalized));
  if (synced)
    warnings.push(
      `This study is in a folder synced by ${synced[1]}. Syncing while Verbatim has it open can damage it or create conflicting copies: keep studies in a local folder and let backups copy them when closed.`,
    );
  if (/^(\\\\|\/\/)/.test(path) || (mounts !== null && isOnNetworkMount(normalized, mounts)))
    warnings.push(
      'This study is on a network drive. If the connection drops while saving, work can be lost: keep studies on a local disk.',
    );
  return warnings;
}

function isOnNetworkMount(path: string, mounts: string): boolean {
  let best = { point: '', fs: '' };
  for (const line of mounts.split('\n')) {
    const [, point, fs] = line.split(' ');
    if (!point || !fs) continue;
    const p = point.replace(/\\040/g, ' ');
    const inside = p === '/' || path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`);
    if (inside && p.length > best.point.length) best = { point: p, fs };
  }
  return NETWORK_FS.has(best.fs);
}

function readMounts(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null; // no /proc (containers, sandboxes): nothing to learn, and no reason to fail an open
  }
}
