import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../main/server/index';

describe('npm run serve -- <paths>', () => {
  it('resolves relative study and data paths against the folder the command was typed in (INIT_CWD), not the repo', () => {
    const typedIn = resolve('/home/ana/research');
    const args = parseServeArgs(
      ['--port', '5123', '--data-dir', 'vdata', 'Q3/study.verbatim', '/abs/other.verbatim'],
      { INIT_CWD: typedIn },
      resolve('/repo/verbatim'),
    );
    expect(args).toEqual({
      port: 5123,
      appDataDir: join(typedIn, 'vdata'),
      studies: [join(typedIn, 'Q3', 'study.verbatim'), resolve('/abs/other.verbatim')],
    });
  });

  it('without npm (run directly), relative paths are taken from the current folder', () => {
    const args = parseServeArgs(['study.verbatim'], {}, resolve('/work/here'));
    expect(args).toEqual({ port: 0, appDataDir: null, studies: [join(resolve('/work/here'), 'study.verbatim')] });
  });
});
