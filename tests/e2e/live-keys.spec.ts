import type { Page } from '@playwright/test';
import type { LiveSession } from '../../shared/domain/live';
import { installFakeBridge } from './desktop';
import { expect, shot, test } from './fixtures';
import { backend } from './helpers';

type Call = ReturnType<typeof backend>;

/** A study with a session, two people and three pinned codes; returns the session's id. */
async function setUp(call: Call, kind: 'focus_group' | 'intercept'): Promise<string> {
  await call('study:create', { title: 'Keys' });
  const session = await call<{ id: string }>('sessions:create', { kind, title: 'Session K' });
  const person = await call<{ id: string }>('participants:create', { displayName: 'Amira' });
  await call('participants:setSessionRole', { participantId: person.id, sessionId: session.id, role: 'participant' });
  for (const [i, name] of ['Delivery slots', 'Price', 'Substitutions'].entries()) {
    const code = await call<{ id: string }>('codes:create', { name });
    await call('codes:pin', { id: code.id, pin: i + 1 });
  }
  return session.id;
}

const legend = (page: Page) => page.getByLabel('Keys', { exact: true }).and(page.locator('.live-legend'));
const keySheet = (page: Page) => page.getByRole('dialog', { name: 'Keys of the live session' });

test('browser mode offers code and next-intercept keys the browser leaves to the page, and shows them', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  const sessionId = await setUp(call, 'intercept');
  await page.reload();
  await page.getByRole('button', { name: 'Live notes of session Session K' }).click();
  await expect(legend(page)).toContainText('Alt+Shift+1 Delivery slots');
  await expect(legend(page)).not.toContainText('Ctrl+1');
  await expect(page.getByRole('button', { name: /Next intercept/ })).toContainText('Alt+Shift+N');

  await page.getByRole('textbox', { name: 'New note' }).click();
  await page.keyboard.insertText('Comes for the bakery');
  await page.keyboard.press('Alt+Shift+Digit2');
  await expect(page.locator('.composer .note-chip')).toContainText('Price');
  // Alt without Shift is still the speaker key.
  await page.keyboard.press('Alt+Digit1');
  await expect(page.locator('.composer .note-speaker')).toHaveText('Amira');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+/');
  await expect(keySheet(page).getByRole('row', { name: /tag the note/ })).toContainText('Alt+Shift+1 … 9');
  await expect(keySheet(page).getByRole('row', { name: /next intercept/ })).toContainText('Alt+Shift+N');
  await expect(keySheet(page)).not.toContainText('Ctrl/Cmd+1 … 9');
  await shot(page, testInfo, 'browser-key-sheet');
  await page.keyboard.press('Escape');
  await shot(page, testInfo, 'browser-legend');

  await page.keyboard.press('Alt+Shift+KeyN');
  await expect(page.locator('.live-title h2')).not.toHaveText('Session K');
  const first = await call<LiveSession>('live:get', { sessionId });
  expect(first.notes.map((n) => [n.text, n.speaker, n.codings.length])).toEqual([['Comes for the bakery', 'Amira', 1]]);
});

test('the desktop app shows Ctrl+digit for codes and Ctrl+Shift+N for the next intercept', async ({ page, app }, testInfo) => {
  const call = backend(app.url);
  await setUp(call, 'intercept');
  await installFakeBridge(page, app.url);
  await page.goto(new URL('/', app.url).toString()); // no token in the address: the bridge is used
  await page.getByRole('button', { name: 'Live notes of session Session K' }).click();
  await expect(legend(page)).toContainText('Ctrl+1 Delivery slots');
  await expect(legend(page)).not.toContainText('Alt+Shift');
  await expect(page.getByRole('button', { name: /Next intercept/ })).toContainText('Ctrl+Shift+N');
  await page.getByRole('textbox', { name: 'New note' }).click();
  await page.keyboard.insertText('Finds checkout slow');
  await page.keyboard.press('Control+Digit3');
  await expect(page.locator('.composer .note-chip')).toContainText('Substitutions');
  await page.keyboard.press('Control+/');
  await expect(keySheet(page).getByRole('row', { name: /tag the note/ })).toContainText('Ctrl/Cmd+1 … 9');
  await expect(keySheet(page).getByRole('row', { name: /next intercept/ })).toContainText('Ctrl/Cmd+Shift+N');
  await shot(page, testInfo, 'desktop-key-sheet');
});
