/**
 * The backend's own failures (opening study files, the transport, jobs, writing files) cross as a
 * catalogue message with its values, so the UI and the CLI say them in their language; the English
 * sentence stays beside them for logs and programs.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { throwIfCancelled, throwIfClosed } from '../../main/jobs/control';
import { runJob } from '../../main/jobs/runJob';
import { writeFilesAtomic } from '../../main/services/delivery';
import { translatorFor } from '../../shared/i18n/translator';
import { failureText, type AppFailure } from '../../shared/result';
import { syntheticQdpx } from '../bench/refi';
import { createStudyAt, freshEnvForEachTest } from './helpers';

const env = freshEnvForEachTest();

/** What a client makes of a failure after it crossed as JSON. */
const said = (locale: 'nb' | 'hr' | 'hu' | 'zh-Hans', failure: AppFailure) =>
  failureText(translatorFor(locale), JSON.parse(JSON.stringify(failure)) as AppFailure);

async function refusedOpen(path: string): Promise<AppFailure> {
  const r = await env.call('study:open', { path });
  if (r.ok) throw new Error('the study opened');
  return r.error;
}

async function thrown(run: () => unknown): Promise<AppFailure> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).toFailure();
  }
  throw new Error('nothing was thrown');
}

describe('opening a study file that cannot be opened', () => {
  it('a file that is not a study is said in Norwegian, its path as it is', async () => {
    const path = join(env.dir, 'notater.verbatim');
    writeFileSync(path, 'bare tekst');
    const failure = await refusedOpen(path);
    expect(failure.message).toBe(`${path} is not a Verbatim study (it is not a SQLite database).`);
    expect(said('nb', failure)).toBe(`${path} er ikke en Verbatim-studie (det er ikke en SQLite-database).`);
  });

  it('a study from a newer version is said in Croatian, with both schema numbers', async () => {
    const { path } = await env.createStudy('novija');
    await env.ok('study:close', {});
    const db = new Database(path);
    db.pragma('user_version = 9999');
    db.close();
    const failure = await refusedOpen(path);
    expect(failure.code).toBe('STUDY_FROM_NEWER_VERSION');
    expect(said('hr', failure)).toMatch(
      new RegExp(
        `^Datoteku ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} spremila je novija verzija Verbatima \\(shema 9999; ova verzija čita do sheme \\d+\\)\\. Ažurirajte Verbatim`,
      ),
    );
  });

  it('a study changed outside Verbatim lists what changed in Hungarian, with how many more', async () => {
    const { path } = await env.createStudy('idegen');
    await env.ok('study:close', {});
    const db = new Database(path);
    db.exec('CREATE TABLE a (x); CREATE TABLE b (x); CREATE TABLE c (x); CREATE TABLE d (x); CREATE TABLE e (x);');
    db.close();
    const failure = await refusedOpen(path);
    expect(failure.message).toContain('(added table "a"; added table "b"; added table "c"; and 2 more)');
    expect(said('hu', failure)).toContain('(hozzáadva: table „a”; hozzáadva: table „b”; hozzáadva: table „c”; és még 2)');
    expect(said('hu', failure)).toContain('a Verbatimon kívül módosult');
  });

  it('a name that is taken is said in Chinese', async () => {
    const { path } = await env.createStudy('taken');
    await env.ok('study:close', {});
    const again = await thrown(() => createStudyAt(env.backend, path, 'taken'));
    expect(again.code).toBe('ALREADY_EXISTS');
    expect(said('zh-Hans', again)).toBe(`${path} 处已有文件。`);
  });
});

describe('the transport', () => {
  it('input that fails its schema is one translated sentence; the schema detail stays as it is', async () => {
    const r = await env.call('sessions:create', { kind: 42 });
    if (r.ok) throw new Error('accepted');
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(said('nb', r.error)).toMatch(/^Det som ble sendt til sessions:create, er ikke gyldig: .*kind/s);
  });

  it('an unknown channel', async () => {
    const r = await env.call('nope:nothing', {});
    if (r.ok) throw new Error('accepted');
    expect(said('hr', r.error)).toBe('Nepoznat kanal: nope:nothing');
  });
});

describe('jobs', () => {
  it('a cancelled job names itself in the sentence of each language', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = await thrown(() => throwIfCancelled({ signal: controller.signal }, 'export'));
    expect(failure.message).toBe('The export was cancelled. Nothing was changed.');
    expect(said('hr', failure)).toBe('Izvoz je otkazan. Ništa nije promijenjeno.');
    expect(said('hu', failure)).toBe('Az exportálás megszakadt. Semmi sem változott.');
    expect(said('zh-Hans', failure)).toBe('导出已取消。未做任何更改。');
  });

  it('a study closed under a job says which job, declined as the sentence needs', async () => {
    const failure = await thrown(() => throwIfClosed({ open: false }, 'report'));
    expect(failure.message).toBe('The study was closed while the report ran, so nothing was written.');
    expect(said('hr', failure)).toBe('Istraživanje je zatvoreno tijekom izrade izvještaja, pa ništa nije zapisano.');
  });

  it('a job over its memory limit says the limit as a number of the language', async () => {
    const path = join(env.dir, 'limits.qdpx');
    writeFileSync(path, syntheticQdpx(40, 20_000));
    const failure = await thrown(() => runJob('qdpx:plan', { path }, { limits: { memoryMb: 24 }, what: 'import' }));
    expect(failure.code).toBe('LIMIT_EXCEEDED');
    expect(said('zh-Hans', failure)).toBe(
      '导入所需内存超过 24 MB，已被停止。未做任何更改。来自其他来源的文件可能已损坏，或被刻意制作来耗尽内存。',
    );
  });
});

describe('writing files', () => {
  it('a rename that fails part-way names what was saved and what was not, in Norwegian', async () => {
    const folder = join(env.dir, 'out');
    mkdirSync(join(folder, 'Board-quotes.csv', 'inside'), { recursive: true }); // a folder where a file should go
    const text = (s: string) => new TextEncoder().encode(s);
    const failure = await thrown(() =>
      writeFilesAtomic([
        { target: join(folder, 'Board-themes.csv'), data: text('themes\n') },
        { target: join(folder, 'Board-quotes.csv'), data: text('quotes\n') },
      ]),
    );
    expect(failure.message).toMatch(
      /^Verbatim could not write .*Board-quotes\.csv \(E[A-Z]+\)\. .* Saved: Board-themes\.csv\. Not saved \(left as they were\): Board-quotes\.csv\.$/,
    );
    expect(said('nb', failure)).toMatch(
      /^Verbatim kunne ikke skrive .*Board-quotes\.csv \(E[A-Z]+\)\. .* Lagret: Board-themes\.csv\. Ikke lagret \(uendret\): Board-quotes\.csv\.$/,
    );
  });
});

describe("the CLI says the backend's failures in the terminal's language", () => {
  const verbatim = (locale: string, ...args: string[]) =>
    spawnSync('node', ['main/cli/verbatim.mjs', ...args], {
      env: { ...process.env, APP_DATA_DIR: join(env.dir, 'data'), LC_ALL: locale },
      encoding: 'utf8',
    });

  it('a missing study in Norwegian, a file that is not a study in Croatian', () => {
    const missing = join(env.dir, 'mangler.verbatim');
    expect(verbatim('nb_NO.UTF-8', 'sessions', missing).stderr.trim()).toBe(`verbatim: Det finnes ingen studie på ${missing}.`);
    const text = join(env.dir, 'biljeske.verbatim');
    writeFileSync(text, 'samo tekst');
    expect(verbatim('hr_HR.UTF-8', 'sessions', text).stderr.trim()).toBe(
      `verbatim: Datoteka ${text} nije Verbatimovo istraživanje (nije SQLite baza podataka).`,
    );
  });
});
