import type { MenuItemConstructorOptions } from 'electron';
import { LOCALE_NAMES, LOCALES, type Locale, type UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';
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
  /** The language the menu speaks (the UI's); English when not given. */
  translator?: Translator;
  /** The Language setting as View ▸ Language shows it; without it the submenu is left out. */
  language?: LanguageMenu;
}

/** What View ▸ Language needs: the user's choice (null: the system's), the system's language, and how to change it. */
export interface LanguageMenu {
  chosen: UiLocale | null;
  system: Locale;
  choose: (language: Locale | null) => void;
}

/** How many recent studies the menu lists. */
export const MAX_RECENT_IN_MENU = 10;

/** On Windows and Linux `&` marks a mnemonic; a title must show its ampersands as typed. */
function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

/**
 * The Language setting as radio items: "Same as the System (…)" and each language in its own name
 * (never translated, so a user lost in a language they cannot read still finds theirs).
 */
function languageSubmenu(language: LanguageMenu, t: Translator['t']): MenuItemConstructorOptions[] {
  return [
    {
      label: menuLabel(t('menu.languageSystem', { language: LOCALE_NAMES[language.system] })),
      type: 'radio',
      checked: language.chosen === null,
      click: () => language.choose(null),
    },
    { type: 'separator' },
    ...LOCALES.map<MenuItemConstructorOptions>((locale) => ({
      label: LOCALE_NAMES[locale],
      type: 'radio',
      checked: language.chosen === locale,
      click: () => language.choose(locale),
    })),
  ];
}

function recentSubmenu(options: MenuOptions, t: Translator['t']): MenuItemConstructorOptions[] {
  const entries = options.recent.slice(0, MAX_RECENT_IN_MENU);
  const items: MenuItemConstructorOptions[] = entries.map((entry) => ({
    label: menuLabel(entry.title || entry.path),
    toolTip: entry.path,
    // A moved or deleted file stays listed (so the user sees it went) but cannot be opened.
    enabled: entry.exists,
    click: () => options.send('study:open', entry.path),
  }));
  if (items.length === 0) items.push({ label: t('menu.noRecent'), enabled: false });
  items.push({ type: 'separator' }, { label: t('menu.clearRecent'), enabled: entries.length > 0, click: () => options.clearRecent() });
  return items;
}

/**
 * The application menu as a template (pure, so it is tested without Electron). Every click that
 * concerns the study is sent to the UI, which runs the same flow as its own buttons.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const appName = options.appName ?? 'Verbatim';
  const { t } = options.translator ?? translatorFor('en');
  const about: MenuItemConstructorOptions = { label: t('menu.about', { appName }), click: () => options.send('app:about') };
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services', label: t('menu.services') },
        { type: 'separator' },
        { role: 'hide', label: t('menu.hide', { appName }) },
        { role: 'hideOthers', label: t('menu.hideOthers') },
        { role: 'unhide', label: t('menu.showAll') },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit', { appName }) },
      ],
    });
  }

  const file: MenuItemConstructorOptions[] = [
    { label: t('menu.newStudy'), accelerator: 'CmdOrCtrl+N', click: () => options.send('study:new') },
    { label: t('menu.openStudy'), accelerator: 'CmdOrCtrl+O', click: () => options.send('study:open') },
    { label: t('menu.openRecent'), submenu: recentSubmenu(options, t) },
    { label: t('menu.openSample'), click: () => options.send('study:openSample') },
    { label: t('menu.closeStudy'), accelerator: 'CmdOrCtrl+W', click: () => options.send('study:close') },
  ];
  // On macOS Quit lives in the app menu.
  if (!isMac) file.push({ type: 'separator' }, { role: 'quit', label: t('menu.quit', { appName }) });
  template.push({ label: t('menu.file'), submenu: file });

  template.push({
    label: t('menu.edit'),
    submenu: [
      // Not the native roles: Undo must reach the study's undo history when no text field has focus,
      // and a registered Ctrl+Z accelerator would keep the key from ever reaching the page.
      { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: () => options.send('edit:undo') },
      { label: t('menu.redo'), accelerator: 'Shift+CmdOrCtrl+Z', click: () => options.send('edit:redo') },
      { type: 'separator' },
      // Roles keep their native behaviour and accelerators; their built-in labels are English only.
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  });

  const view: MenuItemConstructorOptions[] = [];
  if (!options.isPackaged)
    view.push(
      { role: 'reload', label: t('menu.reload') },
      { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
      { type: 'separator' },
    );
  view.push(
    { role: 'resetZoom', label: t('menu.resetZoom') },
    { role: 'zoomIn', label: t('menu.zoomIn') },
    { role: 'zoomOut', label: t('menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('menu.fullScreen') },
  );
  if (options.language) view.push({ type: 'separator' }, { label: t('common.language'), submenu: languageSubmenu(options.language, t) });
  template.push({ label: t('menu.view'), submenu: view });

  if (isMac) template.push({ role: 'windowMenu', label: t('menu.window') });
  template.push({ label: t('menu.help'), role: 'help', submenu: [about] });
  return template;
}
