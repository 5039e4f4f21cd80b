import type { MenuItemConstructorOptions } from 'electron';
import type { MENU_COMMANDS } from '../../shared/ipc/events';

/** A command the menu forwards to the UI as a `menu:command` event. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A recent study as the menu shows it (the `study:recent` output). */
export interface RecentEntry {
  path: string;
  title: string;
  exists: boolean;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Packaged builds get no reload or DevTools items. */
  isPackaged: boolean;
  recent: readonly RecentEntry[];
  /** Sends `menu:command` to the focused window. */
  send: (command: MenuCommand, path?: string) => void;
  /** Empties the recent list (main does it, then rebuilds the menu). */
  clearRecent: () => void;
  appName?: string;
}

/** How many recent studies the menu lists. */
export const MAX_RECENT_IN_MENU = 10;

/** On Windows and Linux `&` marks a mnemonic; a title must show its ampersands as typed. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const entries = options.recent.slice(0, MAX_RECENT_IN_MENU);
  const items: MenuItemConstructorOptions[] = entries.map((entry) => ({
    label: menuLabel(entry.title || entry.path),
    toolTip: entry.path,
    // A moved or deleted file stays listed (so the user sees it went) but cannot be opened.
    enabled: entry.exists,
    click: () => options.send('study:open', entry.path),
  }));
  if (items.length === 0) items.push({ label: 'No Recent Studies', enabled: false });
  items.push({ type: 'separator' }, { label: 'Clear Recent', enabled: entries.length > 0, click: () => options.clearRecent() });
  return items;
}

/**
 * The application menu as a template (pure, so it is tested without Electron). Every click that
 * concerns the study is sent to the UI, which runs the same flow as its own buttons.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const appName = options.appName ?? 'Verbatim';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => options.send('app:about') };
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }

  const file: MenuItemConstructorOptions[] = [
    { label: 'New Study…', accelerator: 'CmdOrCtrl+N', click: () => options.send('study:new') },
    { label: 'Open Study…', accelerator: 'CmdOrCtrl+O', click: () => options.send('study:open') },
    { label: 'Open Recent', submenu: recentSubmenu(options) },
    { label: 'Open the Sample Study', click: () => options.send('study:openSample') },
    { label: 'Close Study', accelerator: 'CmdOrCtrl+W', click: () => options.send('study:close') },
  ];
  // On macOS Quit lives in the app menu.
  if (!isMac) file.push({ type: 'separator' }, { role: 'quit' });
  template.push({ label: '&File', submenu: file });

  template.push({
    label: '&Edit',
    submenu: [
      // Not the native roles: Undo must reach the study's undo history when no text field has focus,
      // and a registered Ctrl+Z accelerator would keep the key from ever reaching the page.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => options.send('edit:undo') },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => options.send('edit:redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });

  const view: MenuItemConstructorOptions[] = [];
  if (!options.isPackaged) view.push({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  view.push({ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' });
  template.push({ label: '&View', submenu: view });

  if (isMac) template.push({ role: 'windowMenu' });
  template.push({ label: '&Help', role: 'help', submenu: [about] });
  return template;
}
