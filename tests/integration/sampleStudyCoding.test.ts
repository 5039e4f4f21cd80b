import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/index';
import { anchorSampleCoding, buildSampleText, sampleTranscripts } from '../../main/sample/sampleTranscripts';
import type { Code, Coding, DocumentView } from '../../shared/domain/coding';
import type { Participant } from '../../shared/domain/study';
import { makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => {
  delete process.env.APP_DATA_DIR;
  env.backend.close();
  env.cleanup();
});

/** Everything the sample holds for coding, read through the contract as the app reads it. */
async function loadSample() {
  const summary = await env.ok('study:openSample', {});
  const sessions = await env.ok('sessions:list', {});
  const people = await env.ok('participants:list', {});
  const attributes = await env.ok('attributes:list', {});
  const docs: DocumentView[] = [];
  for (const d of await env.ok('documents:list', {})) docs.push(await env.ok('documents:get', { id: d.id }));
  const codes = await env.ok('codes:list', {});
  const memos = await env.ok('memos:list', {});
  // Transcripts and the live notes documents (focus group 1 and the intercepts) are checked apart.
  const transcripts = docs.filter((d) => d.kind === 'transcript');
  const notes = docs.filter((d) => d.kind === 'notes');
  return {
    summary,
    sessions,
    people,
    attributes,
    docs,
    transcripts,
    notes,
    codes,
    memos,
    codings: docs.flatMap((d) => d.codingList),
    transcriptCodings: transcripts.flatMap((d) => d.codingList),
  };
}

const TURN_RANGE = { focus_group: [35, 50], interview: [20, 30], intercept: [6, 10] } as const;

describe('the sample study: transcripts', () => {
  it('has one transcript per session, spoken by the session’s people, in the canonical text convention', async () => {
    const { sessions, people, transcripts: docs } = await loadSample();
    expect(docs).toHaveLength(10);
    expect(new Set(docs.map((d) => d.sessionId))).toEqual(new Set(sessions.map((s) => s.id)));
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const doc of docs) {
      const session = sessions.find((s) => s.id === doc.sessionId)!;
      expect(doc.kind).toBe('transcript');
      const [min, max] = TURN_RANGE[session.kind as keyof typeof TURN_RANGE];
      expect(doc.turnList.length, session.title).toBeGreaterThanOrEqual(min);
      expect(doc.turnList.length, session.title).toBeLessThanOrEqual(max);
      // The text is the turn texts joined with a blank line, and a turn never contains one.
      const texts = doc.turnList.map((t) => doc.text.slice(t.start, t.end));
      expect(texts.join('\n\n')).toBe(doc.text);
      expect(doc.turnList[0]!.start).toBe(0);
      for (const [i, t] of doc.turnList.entries()) {
        expect(texts[i]!.includes('\n\n') || texts[i]!.trim() !== texts[i], `${session.title} turn ${i}`).toBe(false);
        if (i > 0) expect(t.start).toBe(doc.turnList[i - 1]!.end + 2);
        const person = byId.get(t.participantId ?? '');
        expect(person, `${session.title} turn ${i}: ${t.speaker}`).toBeDefined();
        expect(person!.displayName).toBe(t.speaker);
        expect(person!.sessions.some((m) => m.sessionId === session.id)).toBe(true);
        expect(t.role).not.toBeNull();
        expect(Number.isInteger(t.startMs) && t.startMs! >= (doc.turnList[i - 1]?.startMs ?? 0), `${session.title} turn ${i} time`).toBe(
          true,
        );
      }
      // Everybody who is a participant (not staff) in the session says something.
      const speakers = new Set(doc.turnList.map((t) => t.participantId));
      for (const p of people.filter((p) => p.sessions.some((m) => m.sessionId === session.id && m.role === 'participant'))) {
        expect(speakers.has(p.id), `${p.displayName} speaks in ${session.title}`).toBe(true);
      }
    }
  });

  it('exercises Unicode: accents, €, curly apostrophes and emoji (surrogate pairs) inside coded passages', async () => {
    const { docs, codings } = await loadSample();
    const all = docs.map((d) => d.text).join('\n');
    for (const s of ['crème fraîche', 'jalapeño', 'café', '€3.90', '’', '😔', '🙂', '…', '—']) expect(all, s).toContain(s);
    const emojiCodings = codings.filter((c) => /\p{Extended_Pictographic}/u.test(c.quote));
    expect(emojiCodings.length).toBeGreaterThanOrEqual(2);
    // A coding ending right after an emoji must not split its surrogate pair.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const c of codings) expect(loneSurrogate.test(c.quote), c.quote).toBe(false);
  });
});

describe('the sample study: codebook, codings and memos', () => {
  it('has 20–28 codes in two levels, each described, coloured and used; the 5 most used are pinned to 1–5', async () => {
    const { codes, codings, summary, docs } = await loadSample();
    expect(codes.length).toBeGreaterThanOrEqual(20);
    expect(codes.length).toBeLessThanOrEqual(28);
    expect(summary.counts.codes).toBe(codes.length);
    const roots = codes.filter((c) => c.parentId === null);
    const leaves = codes.filter((c) => c.parentId !== null);
    for (const leaf of leaves)
      expect(
        roots.map((r) => r.id),
        leaf.path,
      ).toContain(leaf.parentId);
    for (const root of roots)
      expect(
        leaves.some((l) => l.parentId === root.id),
        root.name,
      ).toBe(true);
    for (const c of codes) {
      expect(c.color, c.path).toMatch(/^#[0-9a-f]{6}$/i);
      for (const field of ['definition', 'whenToUse', 'whenNotToUse', 'example'] as const)
        expect(c[field]?.length ?? 0, `${c.path} ${field}`).toBeGreaterThan(20);
      expect(c.totalCodings, c.path).toBeGreaterThan(0);
      // Each example quotes real words from the sample (only the first letter may be capitalised).
      const quoted = /“(.+)”/.exec(c.example ?? '')?.[1];
      expect(quoted, `${c.path} example quotes the data`).toBeDefined();
      expect(
        docs.some((d) => d.text.toLowerCase().includes(quoted!.toLowerCase())),
        `${c.path}: ${quoted}`,
      ).toBe(true);
    }
    for (const leaf of leaves) {
      expect(leaf.codings, leaf.path).toBeGreaterThan(0);
      expect(leaf.documents, leaf.path).toBeGreaterThan(0);
      expect(leaf.participants, leaf.path).toBeGreaterThan(0);
      expect(leaf.codings).toBe(codings.filter((c) => c.codeId === leaf.id).length);
    }
    const pinned = codes.filter((c) => c.pinned !== null).sort((a, b) => a.pinned! - b.pinned!);
    expect(pinned.map((c) => c.pinned)).toEqual([1, 2, 3, 4, 5]);
    const unpinnedMax = Math.max(...codes.filter((c) => c.pinned === null).map((c) => c.codings));
    for (const [i, c] of pinned.entries()) {
      expect(c.codings, `${c.path} is among the most used`).toBeGreaterThan(unpinnedMax);
      if (i > 0) expect(c.codings, `pin ${c.pinned} is used no more than pin ${c.pinned! - 1}`).toBeLessThanOrEqual(pinned[i - 1]!.codings);
    }
  });

  it('anchors every transcript coding on the exact words of one turn (or of the declared two-turn span)', async () => {
    const { transcripts: docs, transcriptCodings: codings, codings: all, summary } = await loadSample();
    expect(codings.length).toBeGreaterThanOrEqual(120);
    expect(codings.length).toBeLessThanOrEqual(200);
    expect(summary.counts.codings).toBe(all.length);
    const declaredSpans = sampleTranscripts().flatMap((t) => t.codings.filter((c) => c.through !== undefined)).length;
    let spans = 0;
    let nested = 0;
    for (const doc of docs) {
      for (const c of doc.codingList) {
        expect(c.quote).toBe(doc.text.slice(c.start, c.end));
        expect(c).toMatchObject({ status: 'anchored', coder: expect.any(String) });
        const first = doc.turnList.findIndex((t) => t.start <= c.start && c.start < t.end);
        expect(first, `${doc.title}: "${c.quote}" starts inside a turn`).toBeGreaterThanOrEqual(0);
        if (c.end > doc.turnList[first]!.end) {
          spans++;
          const next = doc.turnList[first + 1]!;
          expect(c.end > next.start && c.end <= next.end, `${doc.title}: "${c.quote}" ends in the next turn`).toBe(true);
        }
        if (doc.codingList.some((o) => o !== c && o.codeId !== c.codeId && o.start <= c.start && c.end <= o.end)) nested++;
      }
      const keys = doc.codingList.map((c) => `${c.codeId}:${c.start}:${c.end}`);
      expect(new Set(keys).size, `${doc.title} has no duplicate codings`).toBe(keys.length);
    }
    expect(spans).toBe(declaredSpans);
    expect(spans).toBeGreaterThan(0);
    // A careful coder marks phrases, not whole turns, and puts several codes on the same words.
    expect(nested).toBeGreaterThanOrEqual(5);
    const wholeTurns = codings.filter((c) => docs.some((d) => d.turnList.some((t) => t.start === c.start && t.end === c.end)));
    expect(wholeTurns.length).toBeLessThan(codings.length / 10);
    expect(codings.filter((c) => c.memo !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('has memos on the project, a session, a code and a coding, all pointing at things that exist', async () => {
    const { memos, sessions, codes, codings } = await loadSample();
    expect(memos.length).toBeGreaterThanOrEqual(3);
    expect(memos.length).toBeLessThanOrEqual(5);
    expect(new Set(memos.map((m) => m.target.kind))).toEqual(new Set(['project', 'session', 'code', 'coding']));
    for (const m of memos) {
      expect(m.title.length).toBeGreaterThan(0);
      expect(m.body.length, m.title).toBeGreaterThan(100);
      expect(m.author).not.toBeNull();
      const t = m.target;
      if (t.kind === 'session') expect(sessions.map((s) => s.id)).toContain(t.id);
      if (t.kind === 'code') expect(codes.map((c) => c.id)).toContain(t.id);
      if (t.kind === 'coding') expect(codings.map((c) => c.id)).toContain(t.id);
    }
  });

  it('codes detractors and promoters differently: substitutions and refunds for detractors, drivers for promoters', async () => {
    const { docs, codes, people, attributes } = await loadSample();
    const npsId = attributes.find((a) => a.name === 'NPS')!.id;
    const group = (p: Participant | undefined) => {
      const nps = p?.values[npsId];
      return typeof nps !== 'number' ? null : nps <= 6 ? 'detractor' : nps >= 9 ? 'promoter' : 'passive';
    };
    const byId = new Map(people.map((p) => [p.id, p]));
    // Per code: how many codings touch a turn spoken by a detractor / a promoter.
    const tally = new Map<string, { detractor: number; promoter: number; passive: number }>();
    for (const doc of docs)
      for (const c of doc.codingList) {
        const groups = new Set(
          doc.turnList.filter((t) => t.start < c.end && t.end > c.start).map((t) => group(byId.get(t.participantId ?? ''))),
        );
        const row = tally.get(c.codeId) ?? { detractor: 0, promoter: 0, passive: 0 };
        for (const g of groups) if (g) row[g]++;
        tally.set(c.codeId, row);
      }
    const of = (path: string) => tally.get(codes.find((c: Code) => c.path === path)!.id)!;
    const subs = of('Order accuracy/Substitutions');
    expect(subs.detractor).toBeGreaterThan(3 * subs.promoter);
    const refunds = of('Service recovery/Refunds & returns');
    expect(refunds.detractor).toBeGreaterThan(3 * refunds.promoter);
    const lapsing = of('Loyalty & switching/Lapsing & switching');
    expect(lapsing.detractor).toBeGreaterThan(lapsing.promoter + lapsing.passive);
    const drivers = of('Delivery/Driver help & courtesy');
    expect(drivers.promoter).toBeGreaterThan(drivers.detractor);
    // The most-coded theme differs between the two groups.
    const top = (g: 'detractor' | 'promoter') => [...tally].sort((a, b) => b[1][g] - a[1][g])[0]![0];
    expect(top('detractor')).not.toBe(top('promoter'));
  });

  it('verbatim codings --json lists the same codings', async () => {
    const { summary, codings } = await loadSample();
    await env.ok('study:close', {});
    process.env.APP_DATA_DIR = join(env.dir, 'cli-data');
    let out = '';
    let err = '';
    const code = await runCli(['codings', summary.path, '--json'], { out: (s) => void (out += s), err: (s) => void (err += s) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { code: string; quote: string; start: number; end: number }[];
    expect(rows).toHaveLength(codings.length);
    expect(rows.map((r) => r.quote).sort()).toEqual(codings.map((c: Coding) => c.quote).sort());
    expect(rows.every((r) => r.code.includes('/'))).toBe(true);
  });
});

describe('the sample loader', () => {
  const doc = { session: 'fg1', ...buildSampleText(['Hello there.', 'We’re sorry 😔 truly.', 'Fine.']) };
  const turns = doc.turns.map((t, i) => ({ ...t, speaker: `Speaker ${i}` }));

  it('builds text and offsets as a transcript import does, in UTF-16 code units', () => {
    expect(doc.text).toBe('Hello there.\n\nWe’re sorry 😔 truly.\n\nFine.');
    expect(doc.turns).toEqual([
      { start: 0, end: 12 },
      { start: 14, end: 35 },
      { start: 37, end: 42 },
    ]);
    expect(anchorSampleCoding({ ...doc, turns }, { turn: 1, code: 'X/Y', quote: 'truly.' })).toEqual({
      start: 29,
      end: 35,
      quote: 'truly.',
    });
    expect(anchorSampleCoding({ ...doc, turns }, { turn: 1, code: 'X/Y', quote: 'sorry 😔', through: 'Fine' })).toMatchObject({
      quote: 'sorry 😔 truly.\n\nFine',
    });
  });

  it('refuses a quote that is not in its turn, naming the session, turn and words', () => {
    expect(() => anchorSampleCoding({ ...doc, turns }, { turn: 1, code: 'X/Y', quote: 'Hello' })).toThrow(
      /fg1, turn 1 \(Speaker 1\): "Hello" is not in turn 1/,
    );
    expect(() => anchorSampleCoding({ ...doc, turns }, { turn: 0, code: 'X/Y', quote: 'Helo' })).toThrow(/"Helo"/);
    expect(() => anchorSampleCoding({ ...doc, turns }, { turn: 2, code: 'X/Y', quote: 'Fine', through: 'next' })).toThrow(/has no turn 3/);
    expect(() => anchorSampleCoding({ ...doc, turns }, { turn: 7, code: 'X/Y', quote: 'Fine' })).toThrow(/fg1 has no turn 7/);
  });

  it('finds the words of every sample coding in its turn (a typo fails here, naming session, turn and words)', () => {
    let n = 0;
    for (const t of sampleTranscripts()) {
      const built = buildSampleText(t.turns.map(([, , text]) => text));
      const anchored = { session: t.session, text: built.text, turns: built.turns.map((x, i) => ({ ...x, speaker: t.turns[i]![0] })) };
      for (const c of t.codings) {
        // Throws "sample coding in <session>, turn <n> (<speaker>): "<words>" is not in turn <n> of <session>".
        expect(anchorSampleCoding(anchored, c).quote.startsWith(c.quote)).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(120);
  });

  it('creates the whole sample quickly', async () => {
    const started = performance.now();
    await env.createStudy('timed', true);
    const ms = performance.now() - started;
    const blank = performance.now();
    await env.createStudy('blank', false);
    const blankMs = performance.now() - blank;
    // Generous bound for slow CI machines; locally the sample adds a few tens of milliseconds.
    expect(ms - blankMs).toBeLessThan(1000);
  });
});
