import { installFakeBridge } from './desktop';
import { expect, shot, test } from './fixtures';

/**
 * Electron itself cannot run here, so this stands a fake preload bridge (`window.api`) over the
 * browser-mode server and sends the menu commands the Electron shell would send.
 */
test('menu commands from the desktop shell drive the same flows as the buttons', async ({ page, app }, testInfo) => {
  await installFakeBridge(page, app.url);
  await page.goto(new URL('/', app.url).toString()); // no token in the address: the bridge is used
  await expect(page.getByRole('button', { name: 'New study' })).toBeVisible();

  const menu = (command: string) =>
    page.evaluate(
      (c) => (window as unknown as { emitForTest: (e: string, p: unknown) => void }).emitForTest('menu:command', { command: c }),
      command,
    );

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
