// The coding view in Debian's Chromium, through browser mode: a 2,500-turn (~300k characters)
// transcript with 3,000 codings. Times are taken inside the page (performance.now + the next
// animation frame), so they include React's render and the paint that follows, not Playwright's overhead.
import type { Page } from '@playwright/test';
import type { Backend } from '../../main/api/backend';
import { canRunBrowserBench, median, p95, withStudyPage } from './browserPage';
import { setupLongTranscript } from './codingBackend';
import { traceKeys } from './keyTrace';

/** Null when Chromium or the built renderer is missing (the bench says so instead of failing). */
export async function benchCodingView(newBackend: () => Backend, dir: string, appDataDir: string) {
  if (!canRunBrowserBench()) return null;
  const { backend, codes } = await setupLongTranscript(newBackend, dir);
  await backend.dispatch('codes:pin', { id: codes[0], pin: 1 });
  const studyPath = backend.context.studies.require().path;
  backend.close();
  return withStudyPage(appDataDir, studyPath, async (page) => {
    await page.getByRole('tab', { name: /Coding/ }).click();
    const openTimes: number[] = [];
    for (let i = 0; i < 3; i++) openTimes.push(await openDocument(page, i > 0));
    const codeTimes: number[] = [];
    const calls = countCalls(page);
    for (let i = 0; i < 25; i++) codeTimes.push(await codeWithNumberKey(page, i));
    await page.waitForTimeout(1_000); // what the last keypress set off (a change event's refetch) goes out too
    calls.stop();
    // Main-thread time per key from Chromium's trace (steady where wall time on a shared machine is not).
    const keyTrace = await traceKeys(page, 12, (round) => codeWithNumberKey(page, round));
    const frames = await scrollFrames(page);
    const switches = await switchLanguages(page);
    return {
      // The first open loads the document from the backend; later ones come back to a loaded view.
      firstOpenMs: Math.round(openTimes[0]! * 10) / 10,
      reopenMs: median(openTimes.slice(1)),
      codeP95: p95(codeTimes.slice(5)),
      codeMedian: median(codeTimes.slice(5)),
      scrollFrameP95: p95(frames),
      scrollFrameMax: Math.round(Math.max(...frames) * 10) / 10,
      mountedTurns: await page.locator('.transcript-list [role=listitem]').count(),
      /** Channel calls per keypress, by name (one write and no read of the whole document is the goal). */
      callsPerKey: Object.fromEntries([...calls.counts].map(([channel, n]) => [channel, Math.round((n / 25) * 100) / 100])),
      /** Medians over traced keys: main-thread ms from the keydown until the page settles, and its parts. */
      keyTrace,
      languageSwitchMedian: switches.length > 0 ? median(switches) : null,
      languageSwitchMax: switches.length > 0 ? Math.round(Math.max(...switches) * 10) / 10 : null,
    };
  });
}

/** Counts the page's backend calls by channel until stopped (browser mode: one POST /api/invoke each). */
function countCalls(page: Page) {
  const counts = new Map<string, number>();
  const listener = (request: { url(): string; postData(): string | null }) => {
    if (!request.url().endsWith('/api/invoke')) return;
    const channel = (JSON.parse(request.postData() ?? '{}') as { channel?: string }).channel ?? '?';
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
  };
  page.on('request', listener);
  return { counts, stop: () => page.off('request', listener) };
}

/** Clicks the document in the list and waits for its first turns to be painted. */
export async function openDocument(page: Page, reopen: boolean): Promise<number> {
  if (reopen) {
    await page.getByRole('tab', { name: /Sessions/ }).click();
    await page.getByRole('tab', { name: /Coding/ }).click();
  }
  const item = page.locator('.doc-list').getByText('long', { exact: true }).first();
  await item.waitFor();
  const handle = await item.elementHandle();
  return page.evaluate(async (el) => {
    const t0 = performance.now();
    (el as HTMLElement).click();
    await new Promise<void>((done) => {
      const check = () =>
        document.querySelector('.transcript-list [role=listitem] [data-o]')
          ? requestAnimationFrame(() => done())
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - t0;
  }, handle);
}

/** Selects words in a visible turn, presses 1 (the pinned code) and waits until the new stripe is painted. */
export async function codeWithNumberKey(page: Page, round: number): Promise<number> {
  const ready = await page.evaluate((round) => {
    const segments = [...document.querySelectorAll<HTMLElement>('.transcript-list [role=listitem] .turn-text [data-o]')].filter((seg) => {
      const r = seg.getBoundingClientRect();
      return r.top > 150 && r.bottom < innerHeight - 50 && (seg.firstChild?.textContent?.length ?? 0) >= 12;
    });
    const node = segments[(round * 5) % Math.max(1, segments.length)]?.firstChild;
    if (!node || !node.textContent) return false;
    const start = (round * 7) % Math.max(1, node.textContent.length - 10);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 8);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const stripesBefore = document.querySelectorAll('.transcript-list .stripe').length;
    (window as unknown as { __codeWait: Promise<number> }).__codeWait = new Promise<number>((done) => {
      let t0 = 0;
      addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
      const check = () =>
        document.querySelectorAll('.transcript-list .stripe').length > stripesBefore && t0 > 0
          ? requestAnimationFrame(() => done(performance.now() - t0))
          : requestAnimationFrame(check);
      check();
    });
    document.dispatchEvent(new Event('selectionchange'));
    return true;
  }, round);
  if (!ready) throw new Error('no visible turn to code');
  await page.waitForTimeout(30);
  await page.keyboard.press('1');
  return page.evaluate(() => (window as unknown as { __codeWait: Promise<number> }).__codeWait);
}

/** Scrolls the transcript 300 px a frame for 150 frames and returns the frame times. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('.transcript-list')!;
    let scroller: HTMLElement | null = list.parentElement;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (!scroller) return [];
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 150; i++) {
      scroller.scrollTop += 300;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  });
}

/**
 * Switches the UI language with the Language setting while the long transcript is open, each time
 * until the page speaks the new language and the next frame is painted (the setting's save
 * included). Empty when this screen has no Language setting.
 */
async function switchLanguages(page: Page): Promise<number[]> {
  const picker = page.locator('.language-picker select').first();
  if ((await picker.count()) === 0 || !(await picker.isVisible())) return [];
  const times: number[] = [];
  for (const language of ['nb', 'hu', 'zh-Hans', 'hr', 'en']) {
    times.push(
      await picker.evaluate(async (select, language) => {
        const t0 = performance.now();
        (select as HTMLSelectElement).value = language;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((done) => {
          const check = () =>
            document.documentElement.lang === language ? requestAnimationFrame(() => done()) : requestAnimationFrame(check);
          check();
        });
        return performance.now() - t0;
      }, language),
    );
  }
  // Back to following the system, as the bench found it.
  await picker.selectOption('');
  return times;
}
