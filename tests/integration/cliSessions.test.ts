import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';

const harness = useCliHarness('verbatim-cli-sessions-');
const dir = () => harness.dir();

/** Runs the installed bin as a user would, in its own process. */
function verbatim(...args: string[]) {
  const env = { ...process.env, APP_DATA_DIR: join(dir(), 'data') };
  return spawnSync('node', ['main/cli/verbatim.mjs', ...args], { env, encoding: 'utf8' });
}

describe('verbatim sessions', () => {
  it('prints every session with its people (roles as stored) and its documents as one JSON array', () => {
    const file = join(dir(), 'sample.verbatim');
    expect(verbatim('new', file, '--sample').status).toBe(0);
    const r = verbatim('sessions', file, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const sessions = JSON.parse(r.stdout) as {
      title: string;
      kind: string;
      date: string | null;
      people: { name: string; role: string }[];
      documents: { title: string; kind: string }[];
    }[];
    expect(sessions).toHaveLength(10);
    for (const s of sessions) expect(Object.keys(s)).toEqual(['title', 'kind', 'date', 'people', 'documents']);
    const fg1 = sessions.find((s) => s.title.startsWith('Focus group 1'))!;
    expect(fg1).toMatchObject({ kind: 'focus_group', date: '2026-03-03' });
    expect(fg1.people).toContainEqual({ name: 'Dana Whitlock', role: 'moderator' });
    expect(fg1.people).toContainEqual({ name: 'Sam Okafor', role: 'observer' });
    expect(fg1.people.filter((p) => p.role === 'participant').length).toBeGreaterThan(3);
    for (const p of fg1.people) expect(Object.keys(p)).toEqual(['name', 'role']);
    // The moderator first, then observers, then respondents by name, in every session.
    const rank = { moderator: 0, observer: 1, participant: 2 } as Record<string, number>;
    for (const s of sessions) {
      const order = s.people.map((p) => [rank[p.role] ?? 3, p.name] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
      expect(s.people[0]?.role).toBe('moderator');
    }
    expect(fg1.documents.map((d) => d.kind).sort()).toEqual(['notes', 'transcript']);
    for (const d of fg1.documents) expect(Object.keys(d)).toEqual(['title', 'kind']);
    expect(sessions.find((s) => s.kind === 'intercept')!.people).toContainEqual({ name: 'Lena Fischer', role: 'moderator' });
  });

  it('prints [] for a study with no sessions, and a readable listing without --json', () => {
    const empty = join(dir(), 'empty.verbatim');
    verbatim('new', empty);
    expect(JSON.parse(verbatim('sessions', empty, '--json').stdout)).toEqual([]);
    const sample = join(dir(), 'sample.verbatim');
    verbatim('new', sample, '--sample');
    const text = verbatim('sessions', sample).stdout;
    expect(text).toMatch(/^Focus group 1 — family weekly shoppers {2}\(Focus group, 2026-03-03\)$/m);
    expect(text).toMatch(/^ {2}Dana Whitlock — moderator$/m);
  });

  it.each([
    ['a missing study', () => join(dir(), 'missing.verbatim'), /^verbatim: No study at .*missing\.verbatim\.$/],
    ['a file that is not a study', () => writeAndReturn('notes.verbatim', 'hello'), /^verbatim: .*not a Verbatim study/],
  ])('refuses %s with one plain line on stderr, exit 1 and nothing on stdout', (_, make, message) => {
    const r = verbatim('sessions', make(), '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('a missing operand is a usage error (exit 2)', () => {
    expect(verbatim('sessions').status).toBe(2);
  });
});

function writeAndReturn(name: string, content: string): string {
  const path = join(dir(), name);
  writeFileSync(path, content);
  return path;
}
