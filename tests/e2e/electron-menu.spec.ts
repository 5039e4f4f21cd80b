import { expect, shot, test } from './fixtures';

/**
 * Electron itself cannot run here, so this stands a fake preload bridge (`window.api`) over the
 * browser-mode server and sends the menu commands the Electron shell would send.
 */
test('menu commands from the desktop shell drive the same flows as the buttons', async ({ page, app }, testInfo) => {
  const token = new URL(app.url).hash.replace('#token=', '');
  await page.addInitScript((t) => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const api = {
      invoke: async (channel: string, input: unknown) => {
        const r = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t}` },
          body: JSON.stringify({ channel, input }),
        });
        return r.json();
      },
      on: (event: string, listener: (payload: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)!.delete(listener);
      },
    };
    Object.assign(window, {
      api,
      emitForTest: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
    });
  }, token);
  await page.goto(new URL('/', app.url).toString()); // no token in the address: the bridge is used
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();

  const menu = (command: string) => page.evaluate((c) => (window as unknown as { emitForTest: (e: string, p: unknown) => void }).emitForTest('menu:command', { command: c }), command);

  await menu('app:about');
  await expect(page.getByRole('dialog', { name: 'About Verbatim' })).toContainText('browser mode');
  await shot(page, testInfo, 'about');
  await page.keyboard.press('Escape');

  await menu('study:openSample');
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(11);

  await menu('study:new');
  await expect(page.getByRole('dialog', { name: 'New study' })).toBeVisible();
  await page.keyboard.press('Escape');

  await menu('study:close');
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();

  await menu('study:open');
  await expect(page.getByRole('dialog', { name: 'Open study' })).toBeVisible(); // no native dialogs here
});
