import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../main/formats/zip';
import { exportTo, makeEnv, type TestEnv } from './helpers';
import { XSD_DIR, xmllint } from './refiFixtures';
import { buildRoundTripStudy } from './refiStudy';

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

/** Validates a file against an XSD with xmllint; returns xmllint's complaint when it is not valid. */
function validate(file: string, xsd: string): string {
  try {
    execFileSync(xmllint(), ['--noout', '--schema', join(XSD_DIR, xsd), file], { stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string };
    if (/xmllint is not installed/.test(e.message)) throw error;
    return e.stderr?.toString() ?? e.message;
  }
}

/** Exports the open study and returns the path of its project.qde, unpacked. */
async function exportedQde(name: string): Promise<string> {
  const result = await exportTo(env, 'refi:exportQdpx', join(env.dir, `${name}.qdpx`));
  const zip = ZipArchive.open(readFileSync(result.path!));
  expect(zip.names()[0]).toBe('project.qde');
  const qde = join(env.dir, `${name}.qde`);
  writeFileSync(qde, zip.read('project.qde'));
  return qde;
}

describe('exports validate against the REFI-QDA schemas (xmllint)', () => {
  it('xmllint is installed (apt-get install -y libxml2-utils)', () => {
    expect(xmllint()).toBe('xmllint');
  });

  it('project.qde of a study with every kind of content', async () => {
    await env.createStudy('full');
    await buildRoundTripStudy(env);
    expect(validate(await exportedQde('full'), 'Project-mrt2019.xsd')).toBe('valid');
  });

  it('project.qde of the sample study', async () => {
    await env.ok('study:openSample', {});
    expect(validate(await exportedQde('sample'), 'Project-mrt2019.xsd')).toBe('valid');
  });

  it('project.qde of an empty study (no empty containers, which the schema forbids)', async () => {
    await env.createStudy('empty');
    const qde = await exportedQde('empty');
    expect(validate(qde, 'Project-mrt2019.xsd')).toBe('valid');
    expect(readFileSync(qde, 'utf8')).not.toMatch(/<(CodeBook|Sources|Cases|Variables|Notes|Sets)\b/);
  });

  it('names and memos with control characters, "]]>" and markup still give a valid file', async () => {
    await env.createStudy('hostile');
    const code = await env.ok('codes:create', {
      name: 'Bell \u0007 <b>&amp;<b> ]]>',
      description: { definition: 'esc \u001b here', whenToUse: null, whenNotToUse: null, example: null },
    });
    await env.ok('memos:save', {
      target: { kind: 'code', id: code.id },
      title: 'nul \u0000 title',
      body: 'vertical tab \u000b and ]]> and <script>',
    });
    await env.ok('participants:create', { displayName: 'Ann "quoted" <x>', notes: 'form feed \u000c' });
    const result = await exportTo(env, 'refi:exportQdpx', join(env.dir, 'hostile.qdpx'));
    expect(result.notes.some((n) => /control character\(s\)/.test(n))).toBe(true);
    const zip = ZipArchive.open(readFileSync(result.path!));
    const qde = join(env.dir, 'hostile.qde');
    writeFileSync(qde, zip.read('project.qde'));
    expect(validate(qde, 'Project-mrt2019.xsd')).toBe('valid');
  });

  it('the .qdc codebook of the sample study (its pinned codes carry a [verbatim] line)', async () => {
    await env.ok('study:openSample', {});
    const result = await exportTo(env, 'refi:exportQdc', join(env.dir, 'sample.qdc'));
    expect(readFileSync(result.path!, 'utf8')).toMatch(/\[verbatim\] \{"code":\{"pinned":1\}\}/);
    expect(validate(result.path!, 'Codebook-v1.0-from-spec.xsd')).toBe('valid');
  });

  it('the .qdc codebook', async () => {
    await env.createStudy('codebook');
    await buildRoundTripStudy(env);
    const result = await exportTo(env, 'refi:exportQdc', join(env.dir, 'codebook.qdc'));
    expect(validate(result.path!, 'Codebook-v1.0-from-spec.xsd')).toBe('valid');
    const xml = readFileSync(result.path!, 'utf8');
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).not.toContain('NoteRef');
  });

  it('an empty codebook is not exported (the schema needs at least one code)', async () => {
    await env.createStudy('nocodes');
    const failure = await env.fail('refi:exportQdc', {}, 'INVALID_INPUT');
    expect(failure.message).toMatch(/codebook is empty/);
  });
});
