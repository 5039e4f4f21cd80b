import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../../shared/ipc/events';
import { buildMenuTemplate, MAX_RECENT_IN_MENU, type MenuOptions, type RecentEntry } from '../../../main/electron/menu';
import { translatorFor } from '../../../shared/i18n/translator';

const RECENT: RecentEntry[] = [
  { path: '/studies/grocery.verbatim', title: 'Grocery NPS & churn', exists: true },
  { path: '/gone/old.verbatim', title: 'Old study', exists: false },
];

function build(overrides: Partial<MenuOptions> = {}) {
  const options: MenuOptions = {
    platform: 'linux',
    isPackaged: false,
    recent: RECENT,
    send: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
  return { template: buildMenuTemplate(options), options };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return items.find((i) => i.label === label || i.label === `&${label}`);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as unknown as () => void)();
}

/** Every item of the template, depth first. */
function all(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...all(submenu(i))]);
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus with the file items and accelerators', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = submenu(find(template, 'File'));
    expect(file.filter((i) => i.label && !i.role).map((i) => i.label)).toEqual([
      'New Study…',
      'Open Study…',
      'Open Recent',
      'Open the Sample Study',
      'Close Study',
    ]);
    expect(find(file, 'New Study…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Open Study…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(file, 'Close Study')?.accelerator).toBe('CmdOrCtrl+W');
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('sends the menu commands of the contract', () => {
    const { template, options } = build();
    const file = submenu(find(template, 'File'));
    for (const label of ['New Study…', 'Open Study…', 'Open the Sample Study', 'Close Study']) click(find(file, label));
    click(find(submenu(find(template, 'Help')), 'About Verbatim'));
    const sent = vi.mocked(options.send).mock.calls.map((c) => c[0]);
    expect(sent).toEqual(['study:new', 'study:open', 'study:openSample', 'study:close', 'app:about']);
    for (const command of sent) expect(MENU_COMMANDS).toContain(command);
  });

  it('lists recent studies, opens them by path, disables missing ones and escapes &', () => {
    const { template, options } = build();
    const recent = submenu(find(submenu(find(template, 'File')), 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'Grocery NPS && churn', enabled: true, toolTip: '/studies/grocery.verbatim' });
    expect(recent[1]).toMatchObject({ label: 'Old study', enabled: false });
    click(recent[0]);
    expect(options.send).toHaveBeenCalledWith('study:open', '/studies/grocery.verbatim');
    const clear = find(recent, 'Clear Recent');
    expect(clear?.enabled).toBe(true);
    click(clear);
    expect(options.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('shows a disabled placeholder when there are no recent studies, and caps the list', () => {
    const empty = submenu(find(submenu(find(build({ recent: [] }).template, 'File')), 'Open Recent'));
    expect(empty[0]).toMatchObject({ label: 'No Recent Studies', enabled: false });
    expect(find(empty, 'Clear Recent')?.enabled).toBe(false);
    const many = Array.from({ length: 25 }, (_, i) => ({ path: `/s/${i}.verbatim`, title: `S${i}`, exists: true }));
    const capped = submenu(find(submenu(find(build({ recent: many }).template, 'File')), 'Open Recent'));
    expect(capped.filter((i) => i.label?.startsWith('S'))).toHaveLength(MAX_RECENT_IN_MENU);
  });

  it('has the edit roles and zoom items', () => {
    const { template, options } = build();
    const edit = submenu(find(template, 'Edit'));
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    // Undo/Redo go to the page (the study's history or the focused field), not to the native roles.
    expect([find(edit, 'Undo')?.accelerator, find(edit, 'Redo')?.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z']);
    click(find(edit, 'Undo'));
    click(find(edit, 'Redo'));
    expect(vi.mocked(options.send).mock.calls.map((c) => c[0])).toEqual(['edit:undo', 'edit:redo']);
    const view = submenu(find(template, 'View')).map((i) => i.role);
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has no reload or DevTools when packaged', () => {
    const roles = all(build({ isPackaged: true }).template).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).toContain('zoomIn');
  });

  it('adds the macOS app menu (with Quit) on darwin only', () => {
    const mac = build({ platform: 'darwin', appName: 'Verbatim' }).template;
    expect(mac[0]?.label).toBe('Verbatim');
    expect(submenu(mac[0]).map((i) => i.role)).toContain('quit');
    expect(submenu(find(mac, 'File')).map((i) => i.role)).not.toContain('quit');
    expect(mac.map((m) => m.role)).toContain('windowMenu');
    expect(build({ platform: 'win32' }).template[0]?.label).toBe('&File');
  });

  it('speaks the language it is given, roles included, and keeps the accelerators', () => {
    const { template } = build({ translator: translatorFor('nb'), platform: 'darwin', appName: 'Verbatim' });
    expect(template.map((m) => m.label)).toEqual(['Verbatim', '&Fil', '&Rediger', '&Vis', 'Vindu', '&Hjelp']);
    const file = submenu(find(template, 'Fil'));
    expect(find(file, 'Ny studie …')?.accelerator).toBe('CmdOrCtrl+N');
    expect(submenu(find(file, 'Åpne nylige'))[0]?.label).toBe('Grocery NPS && churn');
    const edit = submenu(find(template, 'Rediger'));
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['cut', 'Klipp ut'],
      ['copy', 'Kopier'],
      ['paste', 'Lim inn'],
      ['selectAll', 'Merk alt'],
    ]);
    expect(submenu(template[0]).find((i) => i.role === 'quit')?.label).toBe('Avslutt Verbatim');
    expect(submenu(find(template, 'Hjelp'))[0]?.label).toBe('Om Verbatim');
    // Every item a person reads has a label in Norwegian: no role is left to Electron's English.
    for (const item of all(template)) if (item.type !== 'separator') expect(item.label, String(item.role)).toBeTruthy();
  });

  it("has View ▸ Language: the system's or one of ours, each language in its own name, the choice checked", () => {
    const choose = vi.fn();
    const { template } = build({ translator: translatorFor('hu'), language: { chosen: null, system: 'hu', choose } });
    const language = submenu(find(submenu(find(template, 'Nézet')), 'Nyelv'));
    const radios = language.filter((i) => i.type === 'radio');
    expect(radios.map((i) => i.label)).toEqual([
      'A rendszerével azonos (Magyar)',
      'English',
      'Norsk bokmål',
      'Hrvatski',
      'Magyar',
      '简体中文',
    ]);
    expect(radios.filter((i) => i.checked).map((i) => i.label)).toEqual(['A rendszerével azonos (Magyar)']);
    click(find(language, 'Hrvatski'));
    click(radios[0]);
    expect(choose.mock.calls).toEqual([['hr'], [null]]);

    const chosen = build({ language: { chosen: 'zh-Hans', system: 'en', choose } }).template;
    const checked = submenu(find(submenu(find(chosen, 'View')), 'Language')).filter((i) => i.checked);
    expect(checked.map((i) => i.label)).toEqual(['简体中文']);
  });
});
