// Main-thread time of one number key, from Chromium's own trace: every task the renderer's main
// thread runs from the keydown until the page has settled (the write's answer, any read a change
// event set off, React's commits, style, layout and paint). Wall time on a shared machine is noisy;
// the sum of the tasks a key costs is not, so before/after comparisons use this.
import type { CDPSession, Page } from '@playwright/test';
import { median } from './browserPage';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** What one key cost the main thread, in milliseconds. */
interface KeyCost {
  total: number;
  script: number;
  style: number;
  layout: number;
  paint: number;
  tasks: number;
  longTasks: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];
/** Long enough for a change event's idle-time read (requestIdleCallback, timeout 300 ms) and its commit. */
const SETTLE_MS = 700;

/** Runs `press` (one number key) `times` times under a trace; medians of what each key cost. */
export async function traceKeys(page: Page, times: number, press: (round: number) => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page);
  const costs: KeyCost[] = [];
  for (let i = 0; i < times; i++) {
    const events = await traced(cdp, async () => {
      await press(100 + i);
      await page.waitForTimeout(SETTLE_MS);
    });
    costs.push(costOfKey(events));
  }
  await cdp.detach();
  const of = (pick: (c: KeyCost) => number) => median(costs.map(pick));
  return {
    mainThreadMs: of((c) => c.total),
    scriptMs: of((c) => c.script),
    styleMs: of((c) => c.style),
    layoutMs: of((c) => c.layout),
    paintMs: of((c) => c.paint),
    tasks: of((c) => c.tasks),
    longTasks: of((c) => c.longTasks),
  };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (params: { value: object[] }) => events.push(...(params.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  await run();
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** Sums the renderer main thread's tasks from the keydown on (its own task included). */
function costOfKey(events: TraceEvent[]): KeyCost {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const cost: KeyCost = { total: 0, script: 0, style: 0, layout: 0, paint: 0, tasks: 0, longTasks: 0 };
  if (!main) return cost;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const key = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!key) return cost;
  const keyTask = onMain.find((e) => e.name === 'RunTask' && e.ts <= key.ts && e.ts + (e.dur ?? 0) >= key.ts);
  const from = keyTask?.ts ?? key.ts;
  const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
  for (const e of onMain) {
    if (e.ts < from) continue;
    if (e.name === 'RunTask') {
      cost.total += ms(e);
      cost.tasks++;
      if (ms(e) > 50) cost.longTasks++;
    } else if (e.name === 'UpdateLayoutTree') cost.style += ms(e);
    else if (e.name === 'Layout') cost.layout += ms(e);
    else if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') cost.paint += ms(e);
  }
  // Script that runs inside other script (a handler calling into V8) is counted once, at its outermost.
  let scriptEnd = 0;
  for (const e of onMain.filter((e) => e.ts >= from && SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < scriptEnd) continue;
    cost.script += ms(e);
    scriptEnd = e.ts + (e.dur ?? 0);
  }
  return cost;
}

const SCRIPT = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.callFunction',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'XHRReadyStateChange',
]);
