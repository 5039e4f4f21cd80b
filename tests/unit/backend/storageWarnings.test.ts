import { describe, expect, it } from 'vitest';
import { storageWarnings } from '../../../main/services/storageWarnings';

const SYNCED = /This study is in a folder synced by (.+?)\. Syncing while Verbatim has it open can damage it/;
const NETWORK = 'This study is on a network drive. If the connection drops while saving, work can be lost: keep studies on a local disk.';

/** /proc/mounts of a Linux laptop with a NAS, a Samba share and a local disk mounted inside the NAS path. */
const MOUNTS = [
  '/dev/nvme0n1p2 / ext4 rw,relatime 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0',
  'nas.local:/export/research /mnt/nas nfs4 rw,relatime,vers=4.2 0 0',
  '/dev/sdb1 /mnt/nas/local-cache ext4 rw,relatime 0 0',
  '//fileserver/team /home/ana/Team\\040Share cifs rw,relatime 0 0',
  'tmpfs /tmp tmpfs rw,nosuid,nodev 0 0',
  '',
].join('\n');

/** The provider a synced-folder warning names, or null. */
function syncedBy(path: string): string | null {
  const w = storageWarnings(path, null);
  const m = w.map((x) => SYNCED.exec(x)).find(Boolean);
  return m ? m[1]! : null;
}

describe('storageWarnings: cloud-synced folders', () => {
  it.each([
    ['/Users/ana/Dropbox/Research/q3.verbatim', 'Dropbox'],
    ['/Users/ana/Dropbox (Contoso)/Research/q3.verbatim', 'Dropbox'],
    ['C:\\Users\\ana\\Dropbox\\q3.verbatim', 'Dropbox'],
    ['C:\\Users\\ana\\OneDrive\\Documents\\q3.verbatim', 'OneDrive'],
    ['C:\\Users\\ana\\OneDrive - Contoso\\Research\\q3.verbatim', 'OneDrive'],
    ['/Users/ana/Google Drive/q3.verbatim', 'Google Drive'],
    ['G:\\My Drive\\Research\\q3.verbatim', 'Google Drive'],
    ['/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Research/q3.verbatim', 'iCloud Drive'],
    ['/Users/ana/iCloud Drive/q3.verbatim', 'iCloud Drive'],
    ['/Users/ana/Library/CloudStorage/SharePoint-Contoso/Research/q3.verbatim', 'a cloud storage provider'],
    ['/Users/ana/Box Sync/q3.verbatim', 'Box'],
    ['/home/ana/Nextcloud/q3.verbatim', 'a file-sync service'],
  ])('%s → %s', (path, provider) => {
    expect(syncedBy(path)).toBe(provider);
    expect(storageWarnings(path, null)).toHaveLength(1);
  });

  it('matches folder names, not words inside them', () => {
    for (const path of [
      '/home/ana/dropbox-notes/q3.verbatim',
      '/home/ana/Studies/onedrive.verbatim',
      '/srv/sandbox/q3.verbatim',
      '/home/ana/mydropbox/x.verbatim',
    ])
      expect(storageWarnings(path, null), path).toEqual([]);
  });
});

describe('storageWarnings: network locations', () => {
  it('warns for UNC paths in either slash style', () => {
    expect(storageWarnings('\\\\server\\share\\Research\\q3.verbatim', null)).toEqual([NETWORK]);
    expect(storageWarnings('//server/share/Research/q3.verbatim', null)).toEqual([NETWORK]);
  });

  it.each([
    ['/mnt/nas/q3.verbatim', [NETWORK]],
    ['/mnt/nas/deep/er/q3.verbatim', [NETWORK]],
    ['/mnt/nas/local-cache/q3.verbatim', []], // the longest mount point wins: a local disk inside the NAS path
    ['/mnt/nasty/q3.verbatim', []], // a sibling whose name merely starts with the mount point
    ['/home/ana/Team Share/q3.verbatim', [NETWORK]], // \040 in /proc/mounts is a space
    ['/home/ana/Studies/q3.verbatim', []],
    ['/tmp/q3.verbatim', []],
  ])('%s with a fake /proc/mounts', (path, expected) => {
    expect(storageWarnings(path, MOUNTS)).toEqual(expected);
  });

  it.each(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'afpfs', 'webdav', 'davfs', 'fuse.rclone', '9p'])(
    'knows %s as a network file system',
    (fs) => {
      expect(storageWarnings('/data/x.verbatim', `/dev/sda1 / ext4 rw 0 0\nremote /data ${fs} rw 0 0\n`)).toEqual([NETWORK]);
    },
  );

  it('gives both warnings for a synced folder on a network share', () => {
    const w = storageWarnings('/mnt/nas/Dropbox/q3.verbatim', MOUNTS);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(SYNCED);
    expect(w[1]).toBe(NETWORK);
  });

  it('tolerates odd /proc/mounts text', () => {
    for (const mounts of ['', 'garbage', '\n\n', 'a b', ' / ext4'])
      expect(storageWarnings('/home/ana/q3.verbatim', mounts), JSON.stringify(mounts)).toEqual([]);
  });
});

describe('storageWarnings: local folders', () => {
  it.each([
    '/home/ana/Studies/q3.verbatim',
    'C:\\Users\\ana\\Documents\\Verbatim\\q3.verbatim',
    '/Users/ana/Documents/q3.verbatim',
    'D:\\Research\\q3.verbatim',
  ])('%s gets no warning', (path) => {
    expect(storageWarnings(path, null)).toEqual([]);
  });
});
