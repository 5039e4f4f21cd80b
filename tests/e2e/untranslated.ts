import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../shared/i18n/catalogue';
import { bigStudy } from '../bench/refi';
import { expect, type RunningApp } from './fixtures';
import { backend } from './helpers';

/**
 * Finds UI text that did not come through the message catalogue. Under the pseudo-locale every
 * message is wrapped in ⟦ ⟧ and numbers and dates are formatted as Greek; the test writes its study
 * data in Greek too. So any Latin or CJK letter left on screen outside the marks — in the visible
 * text or in what assistive technology reads (aria-label, title, placeholder, alt) — is a string
 * somebody forgot. Text that is rightly not a message (a file path, a language's own name, the
 * brand mark) carries `translate="no"`; `allow` lists the few words that stay as they are anywhere
 * (the product's name, key names such as "Ctrl").
 */
export async function untranslatedText(page: Page, allow: readonly string[] = ['Verbatim']): Promise<string[]> {
  const found = await page.evaluate(
    ({ open, close }) => {
      // Text marked translate="no" (a file path, a language's own name, the brand mark) is exempt.
      const exempt = (el: Element | null) => !el || el.closest('[translate="no"]') !== null;
      const visible = (el: Element) => {
        const select = el.closest('select');
        return (select ?? el).checkVisibility();
      };
      // Visible text nodes in document order, split by NUL; the marks may span several nodes
      // (a message with a bold part), so they are matched across the joins.
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || exempt(parent) || !visible(parent) || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
        parts.push(node.nodeValue ?? '');
      }
      for (const el of document.body.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], [alt]')) {
        if (exempt(el) || !visible(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(name);
          if (value) parts.push(value);
        }
      }
      let out = '';
      let depth = 0;
      for (const ch of parts.join('\0')) {
        if (ch === open) depth++;
        else if (ch === close) depth = Math.max(0, depth - 1);
        else if (depth === 0 || ch === '\0') out += ch;
      }
      return out.split('\0');
    },
    { open: PSEUDO_OPEN, close: PSEUDO_CLOSE },
  );
  const leftovers = new Set<string>();
  for (const text of found) {
    let rest = text;
    for (const word of allow) rest = rest.split(word).join(' ');
    if (/[A-Za-z\p{Script=Han}]/u.test(rest)) leftovers.add(rest.trim());
  }
  return [...leftovers];
}

/** Switches the app to the pseudo-locale (the test's own app settings; reload to apply). */
export async function usePseudoLocale(app: { url: string }): Promise<void> {
  await backend(app)('app:setLanguage', { language: 'pseudo' });
}

/** `text` as the pseudo-locale shows a message: inside the ⟦ ⟧ marks. */
export const pseudo = (text: string): string => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/**
 * Opens a study large enough that its .qdpx export outlasts the progress panel's 300 ms delay (300
 * sessions, made by the bench's generator), switches to the pseudo-locale and starts that export.
 * Returns the progress panel, already on screen.
 */
export async function startBigExportInPseudo(page: Page, app: RunningApp): Promise<Locator> {
  mkdirSync(app.studiesDir, { recursive: true });
  const maker = await bigStudy(
    () => createBackend({ appDataDir: join(app.appDataDir, 'maker'), host: headlessHost('cli'), trackRecent: false }),
    app.studiesDir,
    { sessions: 100 },
  );
  const path = maker.context.studies.require().path;
  maker.close();
  const call = backend(app);
  await call('study:open', { path });
  await call('study:rename', { title: 'Μεγάλη μελέτη' });
  await usePseudoLocale(app);
  // The panel must still be there when the test is done reading it, however fast the export.
  app.holdJobsUntilCancelled();
  await page.reload();
  await page.getByRole('button', { name: pseudo('Export'), exact: true }).click();
  await page.getByRole('menuitem', { name: pseudo('REFI-QDA project (.qdpx)') }).click();
  const panel = page.getByRole('region', { name: pseudo('Exporting the project') });
  await expect(panel).toBeVisible();
  return panel;
}
