// `npm run bench`: synthetic studies at three scales, timings of what a researcher waits for,
// printed as a table and as JSON. Targets (2-core machine): open a 500-session study < 300 ms,
// CSV import of 5,000 participants < 1 s, importing a 2-hour VTT < 300 ms. `verbatim --version` as a
// whole process < 200 ms (cliStart.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { participantsCsv, generateStudy } from './generateStudy';
import { benchCodingBackend } from './codingBackend';
import { benchRetrieve } from './retrieve';
import { benchCodingQuery } from './codingQuery';
import { benchAutocode } from './autocode';
import { benchSearch } from './search';
import { benchWordFrequencies } from './wordFrequencies';
import { benchCodingView } from './codingView';
import { benchTranscriptImport } from './transcriptImport';
import { benchReports } from './reports';
import { benchMatrix } from './matrix';
import { benchChineseReport } from './chineseReport';
import { benchRefi } from './refi';
import { benchCliStart } from './cliStart';
import { benchDelivery } from './delivery';
import { takeIn } from './takeIn';
import { benchDecodeLegacy } from './decodeLegacy';
import { benchLiveBackend } from './liveNotesBackend';
import { benchLiveView } from './liveNotesView';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
const appDataDir = join(dir, 'data');
const newBackend = () => createBackend({ appDataDir, host: headlessHost('cli'), trackRecent: false });

async function call(b: ReturnType<typeof newBackend>, channel: string, input: unknown = {}) {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** Median of `runs` timings in milliseconds. */
async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

const rows: { metric: string; scale: string; ms: number; target: number | null }[] = [];
try {
  for (const sessions of [10, 100, 500]) {
    const path = join(dir, `s${sessions}.verbatim`);
    const gen = newBackend();
    generateStudy(gen.context.studies, path, sessions);
    gen.close();
    const scale = `${sessions} sessions / ${sessions * 4} participants`;
    rows.push({
      metric: 'open study',
      scale,
      ms: await median(7, async () => {
        const b = newBackend();
        b.grantStudyPath(path); // the user chose it in the open dialog
        await call(b, 'study:open', { path });
        b.close();
      }),
      target: sessions === 500 ? 300 : null,
    });
    const b = newBackend();
    b.grantStudyPath(path);
    await call(b, 'study:open', { path });
    rows.push({ metric: 'list sessions', scale, ms: await median(11, () => call(b, 'sessions:list')), target: null });
    rows.push({
      metric: 'list participants with attributes',
      scale,
      ms: await median(11, () => call(b, 'participants:list')),
      target: null,
    });
    b.close();
  }

  const csv = participantsCsv(5000);
  let preview = 0;
  const importMs = await median(3, async () => {
    const b = newBackend();
    b.context.studies.create(join(dir, `import-${crypto.randomUUID()}.verbatim`), 'import');
    const file = takeIn(b, dir, 'csv', 'people.csv', csv);
    const t = performance.now();
    const p = (await call(b, 'participants:importPreview', file)) as { mapping: unknown[]; validCount: number };
    preview = performance.now() - t;
    if (p.validCount !== 5000) throw new Error(`expected 5000 valid rows, got ${p.validCount}`);
    await call(b, 'participants:importCommit', { ...file, mapping: p.mapping });
    b.close();
  });
  rows.push({ metric: 'CSV import, preview only', scale: '5,000 participants', ms: Math.round(preview * 10) / 10, target: null });
  rows.push({ metric: 'CSV import, preview + commit', scale: '5,000 participants', ms: importMs, target: 1000 });

  const vtt = await benchTranscriptImport(newBackend, dir);
  const scale = `2-hour VTT, ${vtt.turns} turns, ${Math.round(vtt.bytes / 1024)} KB`;
  rows.push({ metric: 'transcript import, preview (parse + speakers)', scale, ms: vtt.previewMs, target: null });
  rows.push({ metric: 'transcript import, commit (parse + write)', scale, ms: vtt.ms, target: 300 });

  for (const d of await benchDecodeLegacy(median))
    rows.push({ metric: 'decode an imported file (detect the encoding + decode)', scale: d.scale, ms: d.ms, target: null });

  const coding = await benchCodingBackend(newBackend, dir);
  const long = '2,500 turns, ~300k chars, 3,000 codings';
  rows.push({ metric: 'backend: load a document (text, turns, codings)', scale: long, ms: coding.getDocument, target: null });
  rows.push({ metric: 'backend: codebook with counts', scale: long, ms: coding.listCodes, target: null });
  rows.push({ metric: 'backend: code a passage (commit)', scale: long, ms: coding.createCoding, target: 50 });
  rows.push({ metric: 'backend: undo', scale: long, ms: coding.undo, target: null });

  const retrieved = await benchRetrieve(newBackend, dir);
  const branch = `${long}, all ${retrieved.passages} under one code`;
  rows.push({
    metric: 'backend: retrieve a code branch (passages, context, filter choices)',
    scale: branch,
    ms: retrieved.retrieve,
    target: null,
  });
  rows.push({ metric: 'backend: same, filtered by a speaker, longest first', scale: branch, ms: retrieved.filtered, target: null });
  rows.push({ metric: 'backend: export those passages as XLSX (bytes, no disk)', scale: branch, ms: retrieved.exportXlsx, target: null });
  rows.push({ metric: 'backend: export those passages as DOCX (bytes, no disk)', scale: branch, ms: retrieved.exportDocx, target: null });

  const queried = await benchCodingQuery(newBackend, dir);
  for (const [name, label] of [
    ['boolean', 'coding query (A OR B OR C) AND NOT D'],
    ['near', 'coding query A NEAR/2 B'],
    ['every', 'coding query over all 24 codes (OR)'],
  ] as const)
    rows.push({ metric: `backend: ${label}`, scale: `${long}, ${queried[name].passages} passages`, ms: queried[name].ms, target: null });
  rows.push({ metric: 'backend: coding query restriction choices', scale: long, ms: queried.optionsMs, target: null });
  const auto = await benchAutocode(newBackend, dir);
  const hits = `50 interviews, ${auto.hits.toLocaleString('en')} respondent hits (+1,000 moderator hits left out)`;
  rows.push({ metric: 'backend: autocode, the search alone (findHits)', scale: hits, ms: auto.find, target: null });
  rows.push({ metric: 'backend: autocode preview (search + passages + counts)', scale: hits, ms: auto.preview, target: null });
  rows.push({ metric: 'backend: autocode apply, as the hits (one undo step)', scale: hits, ms: auto.apply, target: 1000 });
  rows.push({ metric: 'backend: autocode apply, as their sentences', scale: hits, ms: auto.applySentence, target: 1000 });
  const search = await benchSearch(newBackend, dir);
  const corpus = `500 sessions, ${(search.chars / 1e6).toFixed(1)} M characters`;
  rows.push({ metric: `search: a word, p95 (~${search.word.hits} hits each)`, scale: corpus, ms: search.word.p95, target: 30 });
  rows.push({
    metric: `search: a phrase, boolean, NEAR or prefix, p95 (~${search.phrase.hits} hits each)`,
    scale: corpus,
    ms: search.phrase.p95,
    target: 100,
  });
  rows.push({ metric: 'search: a word with fuzzy matching, p95', scale: corpus, ms: search.fuzzy.p95, target: null });
  rows.push({
    metric: 'search: open a study from before the index (migration 0070 builds it)',
    scale: corpus,
    ms: search.migrateMs,
    target: null,
  });
  rows.push({
    metric: 'search: transcript import commit with index upkeep (2-hour VTT)',
    scale: '2,500 turns',
    ms: search.importWith,
    target: Math.round(search.importWithout * 1.2),
  });
  rows.push({
    metric: 'search: same import without index upkeep (triggers dropped)',
    scale: '2,500 turns',
    ms: search.importWithout,
    target: null,
  });
  rows.push({
    metric: 'search: live-note autosave with index upkeep',
    scale: '1,500 notes',
    ms: search.autosaveWith,
    target: Math.round((search.autosaveWithout + 1) * 10) / 10,
  });
  rows.push({ metric: 'search: same autosave without index upkeep', scale: '1,500 notes', ms: search.autosaveWithout, target: null });
  const words = await benchWordFrequencies(newBackend, dir, median);
  const wordsCorpus = `500 sessions, ${(words.chars / 1e6).toFixed(1)}M chars (1 in 10 Chinese)`;
  rows.push({ metric: 'backend: word frequencies, whole study (words + phrases)', scale: wordsCorpus, ms: words.all, target: 1000 });
  rows.push({ metric: 'backend: word frequencies, detractors vs promoters', scale: wordsCorpus, ms: words.compared, target: null });
  rows.push({ metric: 'backend: word frequencies, one session', scale: wordsCorpus, ms: words.oneSession, target: null });

  const view = await benchCodingView(newBackend, dir, appDataDir);
  if (view === null)
    console.error('Coding view in Chromium: skipped (needs /usr/bin/chromium and a built renderer: npm run bench builds it).');
  else {
    const ui = `${long}, Chromium (${view.mountedTurns} turns mounted)`;
    rows.push({ metric: 'UI: open the transcript to painted turns (first time)', scale: ui, ms: view.firstOpenMs, target: 1000 });
    rows.push({ metric: 'UI: switch back to it (median)', scale: ui, ms: view.reopenMs, target: null });
    rows.push({ metric: 'UI: code a selection with a number key, to paint (p95)', scale: ui, ms: view.codeP95, target: 33 });
    console.error(
      `UI: channel calls per number key (25 keys): ${
        Object.entries(view.callsPerKey)
          .map(([channel, n]) => `${channel} ${n}`)
          .join(', ') || 'none'
      }`,
    );
    rows.push({ metric: 'UI: same, median', scale: ui, ms: view.codeMedian, target: null });
    const k = view.keyTrace;
    rows.push({ metric: 'UI: main-thread time of a number key, from its trace (median)', scale: ui, ms: k.mainThreadMs, target: null });
    console.error(
      `UI: a number key's main thread (median of 12 traced): script ${k.scriptMs} ms, style ${k.styleMs}, layout ${k.layoutMs}, paint ${k.paintMs}; ${k.tasks} tasks, ${k.longTasks} over 50 ms`,
    );
    rows.push({ metric: 'UI: scrolling, frame time p95 (300 px a frame)', scale: ui, ms: view.scrollFrameP95, target: null });
    rows.push({ metric: 'UI: scrolling, longest frame', scale: ui, ms: view.scrollFrameMax, target: null });
    if (view.languageSwitchMedian === null) console.error('UI language switch: skipped (no Language setting on the Coding tab).');
    else {
      rows.push({
        metric: 'UI: switch the language, transcript open (median of 5)',
        scale: ui,
        ms: view.languageSwitchMedian,
        target: 100,
      });
      rows.push({ metric: 'UI: same, slowest of 5', scale: ui, ms: view.languageSwitchMax ?? 0, target: null });
    }
  }

  const live = await benchLiveBackend(newBackend, dir, median);
  const three = '3-hour session, 1,500 notes, 2,000 tags';
  rows.push({ metric: 'live: backend, load the session (live:get)', scale: three, ms: live.open, target: null });
  rows.push({ metric: 'live: backend, autosave the last note', scale: three, ms: live.autosave, target: null });
  rows.push({ metric: 'live: backend, tag a note', scale: three, ms: live.tag, target: null });
  rows.push({ metric: 'live: backend, add a note', scale: three, ms: live.add, target: null });
  const liveView = await benchLiveView(newBackend, dir, appDataDir);
  if (liveView === null) console.error('Live screen in Chromium: skipped (needs /usr/bin/chromium and a built renderer).');
  else {
    const ui = `${three}, Chromium (${liveView.mountedNotes} notes mounted)`;
    rows.push({ metric: 'UI live: open the notes to painted rows (first time)', scale: ui, ms: liveView.firstOpenMs, target: 500 });
    rows.push({ metric: 'UI live: open them again (median)', scale: ui, ms: liveView.reopenMs, target: null });
    rows.push({
      metric: `UI live: keystroke to paint at the end, p95 (${liveView.keystrokes} keys)`,
      scale: ui,
      ms: liveView.typingP95,
      target: 16,
    });
    rows.push({ metric: 'UI live: keystroke to paint, median', scale: ui, ms: liveView.typingMedian, target: null });
    rows.push({
      metric: 'UI live: same keys into a bare <textarea> (browser baseline), p95',
      scale: ui,
      ms: liveView.textareaP95,
      target: null,
    });
    rows.push({ metric: 'UI live: bare <textarea>, median', scale: ui, ms: liveView.textareaMedian, target: null });
    rows.push({ metric: 'UI live: tag with Ctrl+digit to painted chip, p95', scale: ui, ms: liveView.tagP95, target: 50 });
    rows.push({ metric: 'UI live: same, median', scale: ui, ms: liveView.tagMedian, target: null });
  }

  const zh = await benchChineseReport(newBackend, median);
  rows.push({
    metric: `report: the sample study in Chinese as PDF (${Math.round(zh.bytes / 1024)} KB)`,
    scale: 'sample study',
    ms: zh.ms,
    target: 2000,
  });

  const rep = await benchReports(newBackend, dir, median);
  const big = '500 sessions, 2,000 participants, 100,000 codings';
  rows.push({
    metric: 'report: first report after opening the study from disk (whole report, nothing cached)',
    scale: big,
    ms: rep.first!,
    target: 300,
  });
  rows.push({ metric: 'report: same, CPU time of the backend thread', scale: big, ms: rep.firstCpu!, target: null });
  rows.push({
    metric: 'report: read study + theme summary + breakdown (cold: rows read again after a write)',
    scale: big,
    ms: rep.cold!,
    target: null,
  });
  rows.push({ metric: 'report: theme summary + breakdown (rows cached)', scale: big, ms: rep.summary!, target: 300 });
  rows.push({ metric: 'report: HTML export', scale: big, ms: rep.html!, target: 1000 });
  rows.push({ metric: 'report: XLSX export', scale: big, ms: rep.xlsx!, target: 3000 });
  rows.push({ metric: 'report: DOCX export', scale: big, ms: rep.docx!, target: 3000 });
  if (Number.isFinite(rep.pdf)) rows.push({ metric: 'report: PDF export', scale: big, ms: rep.pdf!, target: 5000 });
  rows.push({
    metric: `report: history:state p95 while a report is generated and exported as DOCX (max ${rep.cheapCallMax} ms, ${rep.cheapCallProbes} calls; generate + export took ${rep.exportWhileProbed} ms)`,
    scale: big,
    ms: rep.cheapCallP95!,
    target: 50,
  });

  const matrix = await benchMatrix(newBackend, dir, median);
  rows.push({ metric: 'matrix: 30 codes × 10 codes (co-occurrence), codings (rows cached)', scale: big, ms: matrix.codes, target: 200 });
  rows.push({ metric: 'matrix: same, CPU time of the backend thread', scale: big, ms: matrix.codesCpu, target: null });
  rows.push({ metric: 'matrix: same, counting participants', scale: big, ms: matrix.codesParticipants, target: 200 });
  rows.push({ metric: 'matrix: same, cold (rows read again after a write)', scale: big, ms: matrix.codesCold, target: null });
  rows.push({ metric: 'matrix: 30 codes × NPS groups, codings', scale: big, ms: matrix.nps, target: 200 });
  rows.push({ metric: 'matrix: 30 codes × NPS groups, participants', scale: big, ms: matrix.npsParticipants, target: 200 });
  rows.push({ metric: 'matrix: 30 × 10 exported as XLSX', scale: big, ms: matrix.xlsx, target: null });

  const refi = await benchRefi(newBackend, dir);
  rows.push({
    metric: 'REFI-QDA: import NVivo sample into a new study',
    scale: 'oltas0517.qdpx, 1.4 MB, 303 codings',
    ms: refi.nvivo!,
    target: 300,
  });
  rows.push({
    metric: 'REFI-QDA: import into a new study',
    scale: `synthetic .qdpx, 50 sources, 10,000 codings, ${refi.syntheticKb} KB`,
    ms: refi.synthetic!,
    target: 1000,
  });
  rows.push({
    metric: 'REFI-QDA: export .qdpx',
    scale: `500 sessions, 100,000 codings (${refi.exportMb} MB file)`,
    ms: refi.export!,
    target: 2000,
  });
  rows.push({
    metric: `REFI-QDA: export .qdpx, CPU time (open + export; peak memory ${refi.exportPeakMb} MB, process maxRSS)`,
    scale: 'same',
    ms: refi.exportCpu!,
    target: null,
  });
  rows.push({
    metric: `REFI-QDA: history:state p95 while the export runs (max ${refi.cheapCallMax} ms, ${refi.cheapCallProbes} calls; export took ${refi.exportWhileProbed} ms)`,
    scale: '500 sessions, 100,000 codings',
    ms: refi.cheapCallP95!,
    target: 50,
  });
  rows.push({
    metric: 'REFI-QDA: import that export again (path, plan, new study)',
    scale: '500 sources, 100,000 codings',
    ms: refi.reimport!,
    target: 3000,
  });
  rows.push({
    metric: `REFI-QDA: import that export, CPU time (peak memory ${refi.reimportPeakMb} MB)`,
    scale: 'same',
    ms: refi.reimportCpu!,
    target: null,
  });
  rows.push({
    metric: `REFI-QDA: import that export through the channel, as the app does (plan made in the job worker and copied back; CPU ${refi.reimportAppCpu} ms, peak memory ${refi.reimportAppPeakMb} MB)`,
    scale: 'same',
    ms: refi.reimportApp!,
    target: null,
  });
  rows.push({
    metric: `REFI-QDA: import a 1 GB project with a recording, peak memory ${refi.mediaPeakMb} MB`,
    scale: '1 GB stored video + transcript',
    ms: refi.mediaImport!,
    target: null,
  });
  rows.push({
    metric: `REFI-QDA: refuse an XML bomb (5M nodes), peak memory ${refi.bombPeakMb} MB`,
    scale: `${refi.bombKb} KB .qdpx`,
    ms: refi.bomb!,
    target: 15_000,
  });

  const cli = await benchCliStart(dir);
  const cpu = (t: { cpuMs: number | null }) => (t.cpuMs === null ? '' : `; CPU ${t.cpuMs} ms a run`);
  rows.push({ metric: `CLI: node -e 0, whole process (Node's own start${cpu(cli.node)})`, scale: '—', ms: cli.node.ms, target: null });
  rows.push({ metric: `CLI: verbatim --version, whole process (the bin${cpu(cli.version)})`, scale: '—', ms: cli.version.ms, target: 200 });
  rows.push({
    metric: `CLI: node out/cli/verbatim.cjs --version (the bundle alone${cpu(cli.versionBundle)})`,
    scale: '—',
    ms: cli.versionBundle.ms,
    target: null,
  });
  rows.push({
    metric: `CLI: verbatim import-qdpx into a new study, whole process${cpu(cli.importQdpx)}`,
    scale: 'synthetic .qdpx, 50 sources, 10,000 codings',
    ms: cli.importQdpx.ms,
    target: 500,
  });

  for (const d of await benchDelivery(dir, median)) {
    rows.push({ metric: 'export write: plain writeFileSync (no fsync, not atomic)', scale: d.scale, ms: d.plain, target: null });
    rows.push({ metric: 'export write: atomic (temp, fsync, rename)', scale: d.scale, ms: d.atomic, target: null });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('| metric | scale | median ms | target ms | ok |\n|---|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.metric} | ${r.scale} | ${r.ms} | ${r.target ?? '—'} | ${r.target === null ? '' : r.ms <= r.target ? 'yes' : 'NO'} |`);
console.log(JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results: rows }, null, 2));
