// The live session screen in Debian's Chromium, through browser mode: a three-hour session with
// 1,500 notes and 2,000 tags. Times are taken inside the page (event time to the frame after the
// change), so they include React's render and the paint that follows, not Playwright's overhead.
import type { Page } from '@playwright/test';
import type { Backend } from '../../main/api/backend';
import { canRunBrowserBench, median, p95, round, withStudyPage } from './browserPage';
import { setupLiveSession } from './liveNotesBackend';

const SESSION_BUTTON = 'Notes of session Three-hour focus group';

/** Null when Chromium or the built renderer is missing (the bench says so instead of failing). */
export async function benchLiveView(newBackend: () => Backend, dir: string, appDataDir: string) {
  if (!canRunBrowserBench()) return null;
  const { backend } = await setupLiveSession(newBackend, dir);
  const studyPath = backend.context.studies.require().path;
  backend.close();
  return withStudyPage(appDataDir, studyPath, async (page) => {
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      opens.push(await openNotes(page));
      if (i < 2) await page.getByRole('button', { name: '← Sessions' }).click();
    }
    await page.getByRole('textbox', { name: 'New note' }).click();
    await installKeyTimer(page);
    const typing = await typeSentence(page);
    // The same keystrokes into a bare <textarea> on the same page: what the browser itself costs
    // (the wait for the next frame alone is up to 16.7 ms at 60 Hz), so the editor's share shows.
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.setAttribute('aria-label', 'baseline');
      area.style.cssText = 'position:fixed;left:8px;bottom:8px;width:400px;height:40px;z-index:9999';
      document.body.append(area);
      area.focus();
    });
    const baseline = await typeSentence(page);
    await page.evaluate(() => document.querySelector('textarea[aria-label=baseline]')!.remove());
    await page.getByRole('textbox', { name: 'New note' }).click();
    const tags: number[] = [];
    for (let k = 1; k <= 9; k++) tags.push(await tagWithCtrlDigit(page, k));
    return {
      // The first open loads the session from the backend; later ones come back to it.
      firstOpenMs: round(opens[0]!),
      reopenMs: median(opens.slice(1)),
      typingP95: p95(typing),
      typingMedian: median(typing),
      keystrokes: typing.length,
      textareaP95: p95(baseline),
      textareaMedian: median(baseline),
      tagP95: p95(tags),
      tagMedian: median(tags),
      mountedNotes: await page.locator('.note-row').count(),
    };
  });
}

/** Clicks the session's Notes button and waits until notes are painted. */
async function openNotes(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: SESSION_BUTTON });
  await button.waitFor();
  const handle = await button.elementHandle();
  return page.evaluate(async (el) => {
    const t0 = performance.now();
    (el as HTMLElement).click();
    await new Promise<void>((done) => {
      const check = () =>
        document.querySelectorAll('.note-row').length > 5 ? requestAnimationFrame(() => done()) : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  }, handle);
}

/** Times every plain keystroke from its event time to the frame after it (the paint has happened by then). */
async function installKeyTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const t0 = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    });
  });
}

/** Types a sentence wherever the focus is (at the end of the session in the composer); returns each keystroke's time. */
async function typeSentence(page: Page): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
  await page.keyboard.type(
    'Typing at the end of a three hour session with fifteen hundred notes and two thousand tags, while autosave runs',
    { delay: 40 },
  );
  await page.waitForTimeout(1500);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Presses Ctrl+digit in the composer and waits until the new chip is painted. */
async function tagWithCtrlDigit(page: Page, k: number): Promise<number> {
  return page.evaluate(async (k) => {
    const before = document.querySelectorAll('.composer .note-chip').length;
    const t0 = performance.now();
    document
      .querySelector('.composer [contenteditable]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: String(k), code: `Digit${k}`, ctrlKey: true, bubbles: true, cancelable: true }));
    await new Promise<void>((done) => {
      const check = () =>
        document.querySelectorAll('.composer .note-chip').length > before
          ? requestAnimationFrame(() => done())
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  }, k);
}
