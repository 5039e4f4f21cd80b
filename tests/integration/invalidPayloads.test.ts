import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeZip } from '../../main/formats/zipWriter';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../shared/result';
import { b64, incoming, makeEnv, missingId, type TestEnv } from './helpers';

let env: TestEnv;
/** Ids of real rows, so inputs that pass validation reach deep into the handlers. */
let ids: {
  session: string;
  participant: string;
  attribute: string;
  document: string;
  turn: string;
  code: string;
  coding: string;
  memo: string;
};

beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('target');
  ids = {
    session: (await env.ok('sessions:create', { kind: 'interview', title: 'S' })).id,
    participant: (await env.ok('participants:create', { displayName: 'P' })).id,
    attribute: (await env.ok('attributes:create', { name: 'Segment', type: 'category', options: ['A', 'B'] })).id,
    document: '',
    turn: '',
    code: '',
    coding: '',
    memo: '',
  };
  ids.document = (
    await env.ok('transcripts:importCommit', { sessionId: ids.session, ...incoming(env, 'transcript', 't.vtt', VTT), mapping: [] })
  ).documentId;
  ids.turn = (await env.ok('documents:get', { id: ids.document })).turnList[0]!.id;
  ids.code = (await env.ok('codes:create', { name: 'Slots' })).id;
  ids.coding = (await env.ok('codings:create', { documentId: ids.document, start: 0, end: 5, codeId: ids.code })).id;
  ids.memo = (await env.ok('memos:save', { target: { kind: 'project' }, title: 'M', body: 'b' })).id;
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const MB = 'x'.repeat(1024 * 1024);
const CSV = b64('Name,Segment\nAna,A\n');
const VTT = b64(
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>Slots vanish by Tuesday.</v>\n\n00:00:05.000 --> 00:00:07.000\n<v Dana>Say more?</v>\n',
);
const QDPX = b64(writeZip([{ name: 'project.qde', data: '<Project xmlns="urn:QDA-XML:project:1.0" name="P"/>' }]));
const QDC = b64(
  `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${crypto.randomUUID()}" name="Imported" isCodable="true"/></Codes></CodeBook>`,
);

/**
 * A valid input for every channel. Partial so that a new channel does not break the typecheck,
 * but the first test fails until the channel has a sample here (and so gets the field-level checks).
 */
function validInputs(): Partial<Record<Channel, Record<string, unknown>>> {
  return {
    'app:info': {},
    'app:language': {},
    'app:setLanguage': { language: 'hr' },
    'study:recent': {},
    'study:forgetRecent': { path: join(env.dir, 'target.verbatim') }, // on the recent list
    'study:create': { title: 'New', sample: false },
    'study:available': {},
    'study:open': { path: join(env.dir, 'missing.verbatim') },
    'study:openSample': {},
    'study:current': {},
    'study:rename': { title: 'Renamed' },
    'study:close': {},
    'window:claim': { windowId: '00000000-0000-4000-8000-00000000000a', takeOver: false },
    'window:release': { windowId: '00000000-0000-4000-8000-00000000000a' },
    'sessions:list': {},
    'sessions:create': { kind: 'focus_group', title: 'T', date: '2024-05-01', place: 'Leeds', moderator: 'M', notes: 'N' },
    'sessions:update': { id: ids.session, kind: 'intercept', title: 'T2', date: null, place: null, moderator: null, notes: null },
    'sessions:delete': { id: missingId() },
    'attributes:list': {},
    'attributes:create': { name: 'Effort', type: 'score', options: [], scaleKind: 'custom', scaleMin: 1, scaleMax: 3 },
    'attributes:update': { id: ids.attribute, name: 'Segment 2', options: ['A', 'B', 'C'] },
    'attributes:delete': { id: missingId() },
    'participants:list': {},
    'participants:create': { displayName: 'Q', notes: 'n' },
    'participants:update': { id: ids.participant, displayName: 'P2', notes: null },
    'participants:delete': { id: missingId() },
    'participants:setValue': { participantId: ids.participant, attributeId: ids.attribute, value: 'A' },
    'participants:setSessionRole': { participantId: ids.participant, sessionId: ids.session, role: 'observer' },
    'participants:importPreview': {
      ...incoming(env, 'csv', 'p.csv', CSV),
      mapping: [{ kind: 'name' }, { kind: 'attribute', attributeId: ids.attribute }],
    },
    'participants:importCommit': {
      ...incoming(env, 'csv', 'p.csv', CSV),
      mapping: [{ kind: 'name' }, { kind: 'ignore' }],
      skipInvalid: false,
    },
    'transcripts:importPreview': { sessionId: ids.session, ...incoming(env, 'transcript', 't.vtt', VTT) },
    'transcripts:importCommit': {
      sessionId: ids.session,
      ...incoming(env, 'transcript', 't.vtt', VTT),
      title: 'T',
      mapping: [{ label: 'Ana', target: { kind: 'existing', participantId: ids.participant, role: 'participant' } }],
    },
    'documents:list': {},
    'documents:get': { id: ids.document },
    'documents:editTurn': { documentId: ids.document, turnId: ids.turn, baseRev: 0, text: 'Slots vanish by Wednesday.' },
    'documents:delete': { id: missingId() },
    'codes:list': {},
    'codes:create': {
      name: 'New code',
      parentId: ids.code,
      color: '#123456',
      description: { definition: 'd', whenToUse: 'w', whenNotToUse: 'n', example: 'e' },
    },
    'codes:update': { id: ids.code, name: 'Renamed', color: '#654321', description: { definition: 'x' } },
    'codes:move': { id: ids.code, parentId: null, position: 0 },
    'codes:pin': { id: ids.code, pin: 2 },
    'codes:merge': { sourceId: ids.code, targetId: missingId() },
    'codes:split': { id: ids.code, codingIds: [ids.coding], name: 'Split off' },
    'codes:delete': { id: missingId() },
    'codes:retrieve': { codeId: ids.code, includeChildren: true },
    'retrieve:passages': {
      codeId: ids.code,
      includeChildren: true,
      filter: { sessionIds: [ids.session], speakers: ['p:x'], coderIds: [], attributes: [{ attributeId: ids.attribute, values: ['A'] }] },
      sort: 'speaker',
    },
    'retrieve:export': { codeId: ids.code, includeChildren: false, sort: 'coded', format: 'csv' },
    'queries:run': {
      expression: '"Slots" AND NOT ("Slots" NEAR/1 "Slots")',
      restrictions: {
        sessionIds: [ids.session],
        speakers: ['p:x'],
        coderIds: [],
        attributes: [{ attributeId: ids.attribute, values: ['A'] }],
      },
    },
    'queries:options': { language: 'hu' },
    'queries:list': {},
    'queries:save': {
      name: 'Slots query',
      expression: '"Slots"',
      restrictions: { sessionIds: [], speakers: [], coderIds: [], attributes: [] },
    },
    'queries:update': { id: missingId(), name: 'Renamed query', expression: '"Slots" OR "Slots"' },
    'queries:delete': { id: missingId() },
    'queries:codeResults': { expression: '"Slots"', code: { name: 'Slots again', parentId: null } },
    'queries:matrix': { codeIds: [ids.code], columns: { by: 'attribute', attributeId: ids.attribute }, count: 'participants' },
    'queries:matrixCell': { codeIds: [ids.code], columns: { by: 'sessions' }, rowId: ids.code, columnKey: ids.session },
    'queries:matrixExport': { codeIds: [ids.code], columns: { by: 'codes', codeIds: [ids.code] }, format: 'xlsx' },
    'search:run': {
      query: '"slot times" OR deliver* NOT price',
      fuzzy: true,
      filter: {
        sessionIds: [ids.session],
        kinds: ['transcript', 'notes'],
        includeModerator: false,
        attributes: [{ attributeId: ids.attribute, values: ['A'] }],
      },
      limit: 20,
    },
    'search:autocodePreview': { query: 'price', scope: 'sentence', filter: { sessionIds: [ids.session], includeModerator: true } },
    'search:autocode': { query: 'price', scope: 'turn', code: 'Price/Too expensive' },
    'search:words': {
      filter: { sessionIds: [ids.session], kinds: ['transcript'], attributes: [{ attributeId: ids.attribute, values: ['A'] }] },
      minLength: 3,
      limit: 10,
      compare: { attributeId: ids.attribute, a: ['A'], b: ['B'] },
    },
    'codings:create': { documentId: ids.document, start: 6, end: 12, codeId: ids.code },
    'codings:update': { id: ids.coding, codeId: ids.code, start: 0, end: 6, memo: 'note' },
    'codings:delete': { id: missingId() },
    'memos:list': { target: { kind: 'code', id: ids.code } },
    'memos:overview': {},
    'memos:save': { id: ids.memo, target: { kind: 'project' }, title: 'T', body: 'B' },
    'memos:delete': { id: missingId() },
    'history:state': {},
    'history:undo': {},
    'history:redo': {},
    'refi:importQdpx': { ...incoming(env, 'qdpx', 'p.qdpx', QDPX), into: 'open' },
    'refi:importQdc': incoming(env, 'qdc', 'c.qdc', QDC),
    'files:pickToOpen': { kind: 'qdc' },
    'refi:exportQdpx': {},
    'refi:exportQdc': {},
    'jobs:cancel': { jobId: 'job-not-running' },
    'reports:list': {},
    'reports:save': {
      definition: {
        title: 'R',
        codeIds: [ids.code],
        filters: { sessionKinds: ['interview'] },
        quotes: { perTheme: 2, attributeIds: [ids.attribute] },
      },
    },
    'reports:delete': { id: missingId() },
    'reports:run': { definition: { branchId: ids.code, filters: { participants: [{ attributeId: ids.attribute, values: ['A'] }] } } },
    'reports:generate': { reportId: null, definition: { title: 'R' } },
    'reports:snapshots': {},
    'reports:snapshot': { id: missingId() },
    'reports:compare': { beforeId: missingId(), afterId: missingId() },
    'reports:export': { snapshotId: missingId(), format: 'html' },
    'reports:starQuote': { codingId: ids.coding, starred: true },
    'live:get': { sessionId: ids.session },
    'live:clock': { sessionId: ids.session, action: 'start' },
    'live:setQuestion': { sessionId: ids.session, itemId: null },
    'live:setGuide': { sessionId: ids.session, guideId: null },
    'live:setTranscriptOffset': { sessionId: ids.session, offsetMs: -90_000 },
    'guides:list': {},
    'guides:save': {
      title: 'Guide',
      items: [
        { kind: 'section', text: 'Warm-up', plannedMinutes: 5 },
        { kind: 'question', text: 'Why?', plannedMinutes: null },
      ],
    },
    'guides:delete': { id: missingId() },
    'notes:add': {
      sessionId: ids.session,
      afterId: null,
      timeMs: 1000,
      speaker: { kind: 'participant', participantId: ids.participant },
      questionId: null,
      text: 'A note.',
    },
    'notes:edit': { id: missingId(), text: 'Edited.' },
    'notes:update': { id: missingId(), timeMs: 5, speaker: { kind: 'label', label: 'Man in hat' }, questionId: null, starred: true },
    'notes:delete': { id: missingId() },
    'notes:code': { id: missingId(), start: 0, end: 4, codeId: ids.code },
    'notes:copyCodesToTranscript': { id: missingId() },
    'notes:list': { sessionId: ids.session },
    'notes:export': { sessionId: ids.session, format: 'md' },
    'intercepts:next': { fromSessionId: ids.session },
    'users:list': {},
  };
}

/** Channels that switch or close the open study: only their refusals are sent. */
const LIFECYCLE = new Set<Channel>(['study:create', 'study:open', 'study:openSample', 'study:close']);

const WRONG_VALUES: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a fraction', -1.5],
  ['a boolean', true],
  ['a short string', 'x'],
  ['an empty string', ''],
  ['an array', []],
  ['an object', {}],
  ['1 MB of text', MB],
  ['a NUL byte', 'a\0b'],
  ['a non-UUID id', "1' OR '1'='1"],
];

/** Sends `input` and checks: INVALID_INPUT when the schema refuses it, never INTERNAL either way. */
async function expectHandled(channel: Channel, input: unknown, label: string): Promise<Result<unknown>> {
  const accepted = contract[channel].input.safeParse(input).success;
  if (accepted && LIFECYCLE.has(channel)) return { ok: true, value: null };
  const r = await env.call(channel, input);
  if (!accepted) expect(r, `${channel} ${label}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  else if (!r.ok) expect(r.error.code, `${channel} ${label}: ${r.error.message}`).not.toBe('INTERNAL');
  return r;
}

describe('every channel refuses hostile input', () => {
  it('has a valid sample input for every channel', () => {
    const inputs = validInputs();
    expect(Object.keys(inputs).sort()).toEqual([...CHANNELS].sort());
    for (const [c, input] of Object.entries(inputs)) expect(contract[c as Channel].input.safeParse(input).success, c).toBe(true);
  });

  it.each(CHANNELS)('%s: non-object payloads are INVALID_INPUT', async (channel) => {
    for (const payload of [null, 'study', 42, true, [], [{}], ['app:info']]) {
      expect(await env.call(channel, payload), JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it.each(CHANNELS)('%s: unknown keys and __proto__ keys are INVALID_INPUT', async (channel) => {
    const valid = validInputs()[channel] ?? {};
    const extra = await env.call(channel, { ...valid, isAdmin: true });
    expect(extra, 'extra key').toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const proto = await env.call(
      channel,
      JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(valid).slice(1)}`.replace(', }', '}')),
    );
    expect(proto, '__proto__ key').toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each(CHANNELS)('%s: a wrong value in any field is refused or handled, never INTERNAL', async (channel) => {
    const valid = validInputs()[channel] ?? {};
    for (const key of Object.keys(valid)) {
      for (const [label, bad] of WRONG_VALUES) await expectHandled(channel, { ...valid, [key]: bad }, `${key} = ${label}`);
      const { [key]: _, ...without } = valid;
      await expectHandled(channel, without, `without ${key}`);
    }
    expect(env.logs).toEqual([]);
  });

  it('titles and names of 1 MB are INVALID_INPUT', async () => {
    const cases: [Channel, Record<string, unknown>][] = [
      ['study:create', { title: MB }],
      ['study:rename', { title: MB }],
      ['sessions:create', { kind: 'interview', title: MB }],
      ['sessions:update', { id: ids.session, notes: MB }],
      ['attributes:create', { name: MB, type: 'text' }],
      ['participants:create', { displayName: MB }],
      ['participants:update', { id: ids.participant, notes: MB }],
    ];
    for (const [channel, input] of cases) await env.fail(channel, input, 'INVALID_INPUT');
    expect(existsSync(join(env.dir, 'big.verbatim'))).toBe(false);
  });

  it('ids that are not UUIDs are INVALID_INPUT', async () => {
    for (const id of ['1', 'abc', '../../etc/passwd', `${ids.session}x`, ids.session.replace(/-/g, ''), "' OR 1=1 --"]) {
      await env.fail('sessions:delete', { id }, 'INVALID_INPUT');
      await env.fail('participants:setValue', { participantId: id, attributeId: ids.attribute, value: 'A' }, 'INVALID_INPUT');
      await env.fail('participants:setSessionRole', { participantId: ids.participant, sessionId: id, role: null }, 'INVALID_INPUT');
      await env.fail('attributes:update', { id, name: 'x' }, 'INVALID_INPUT');
    }
    expect(await env.ok('sessions:list', {})).toHaveLength(1);
  });

  it('paths with NUL bytes or of absurd length are INVALID_INPUT and touch nothing', async () => {
    const nul = join(env.dir, 'evil.verbatim\0.txt');
    await env.fail('study:create', { title: 'x', path: nul }, 'INVALID_INPUT');
    await env.fail('study:open', { path: nul }, 'INVALID_INPUT');
    await env.fail('study:forgetRecent', { path: nul }, 'INVALID_INPUT');
    await env.fail('study:open', { path: `/${'a'.repeat(5000)}` }, 'INVALID_INPUT');
    await env.fail('study:open', { path: '' }, 'INVALID_INPUT');
    expect(existsSync(join(env.dir, 'evil.verbatim'))).toBe(false);
    expect(await env.ok('study:current', {})).toMatchObject({ title: 'Study target' });
  });

  it('inputs that pass validation get a typed answer: NOT_FOUND for ids that name nothing', async () => {
    const cases: [Channel, Record<string, unknown>][] = [
      ['sessions:update', { id: missingId(), title: 'x' }],
      ['sessions:delete', { id: missingId() }],
      ['attributes:update', { id: missingId(), name: 'x' }],
      ['attributes:delete', { id: missingId() }],
      ['participants:update', { id: missingId(), displayName: 'x' }],
      ['participants:delete', { id: missingId() }],
      ['participants:setValue', { participantId: missingId(), attributeId: ids.attribute, value: 'A' }],
      ['participants:setValue', { participantId: ids.participant, attributeId: missingId(), value: 'A' }],
      ['participants:setSessionRole', { participantId: ids.participant, sessionId: missingId(), role: 'participant' }],
    ];
    for (const [channel, input] of cases) await env.fail(channel, input, 'NOT_FOUND');
  });
});

describe('with no study open', () => {
  it('channels that need a study answer NO_STUDY_OPEN; the others work', async () => {
    const inputs = validInputs();
    await env.ok('study:close', {});
    const expected: Partial<Record<Channel, ErrorCode | 'ok'>> = {
      'app:info': 'ok',
      'app:language': 'ok',
      'app:setLanguage': 'ok',
      'study:recent': 'ok',
      'study:available': 'ok',
      'files:pickToOpen': 'INVALID_INPUT', // no open dialog without the desktop app's host
      'study:forgetRecent': 'ok',
      'study:current': 'ok',
      'study:close': 'ok',
      'study:open': 'NOT_FOUND',
      'window:claim': 'ok',
      'window:release': 'ok',
      // Cancelling needs no study: it answers whether a job of that id was running.
      'jobs:cancel': 'ok',
    };
    for (const channel of CHANNELS) {
      if (channel === 'study:create' || channel === 'study:openSample' || !inputs[channel]) continue;
      const r = await env.call(channel, inputs[channel]);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe(expected[channel] ?? 'NO_STUDY_OPEN');
    }
  });
});

describe('unknown channels', () => {
  it.each([
    ['constructor'],
    ['__proto__'],
    ['toString'],
    ['hasOwnProperty'],
    [''],
    ['APP:INFO'],
    [' app:info'],
    ['app:info\0'],
    [42],
    [null],
    [undefined],
    [['app:info']],
  ])('%j is UNKNOWN_CHANNEL', async (channel) => {
    expect(await env.call(channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  // BUG: dispatch builds its message with String(channel), which throws for objects without a usable
  // toString (reachable over HTTP with {"channel": {"toString": 1}}), so dispatch rejects instead of
  // returning a Result.
  it.each([
    ['{toString: 1}', { toString: 1 }],
    ['a null-prototype object', Object.create(null)],
  ])('%s as a channel is UNKNOWN_CHANNEL, without throwing', async (_, channel) => {
    await expect(env.call(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  // BUG: dispatch parses the input outside its try block, so an input whose getters throw
  // (possible for the CLI and any direct caller) makes dispatch reject ("never throws" is broken).
  it('an input whose properties throw when read is refused without throwing', async () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      },
    );
    await expect(env.call('study:rename', trap)).resolves.toMatchObject({ ok: false });
    await expect(
      env.call('study:rename', {
        get title() {
          throw new Error('trap');
        },
      }),
    ).resolves.toMatchObject({ ok: false });
  });
});
