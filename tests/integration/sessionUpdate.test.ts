import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';

let dir: string;
let backend: Backend;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-upd-'));
  backend = createBackend({ appDataDir: dir, host: headlessHost('cli'), checkOutput: true });
  backend.context.studies.create(join(dir, 't.verbatim'), 't');
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

// Regression: defaults of the create schema once leaked into updates and blanked untouched fields.
it('updating one session field leaves the others as they were, and null clears a field', async () => {
  const created = await backend.dispatch('sessions:create', {
    kind: 'interview',
    title: 'Tomasz',
    date: '2026-03-11',
    place: 'Online',
    moderator: 'Sam',
    notes: 'late-night orders',
  });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const renamed = await backend.dispatch('sessions:update', { id, title: 'Interview — Tomasz' });
  expect(renamed).toMatchObject({
    ok: true,
    value: { title: 'Interview — Tomasz', date: '2026-03-11', place: 'Online', moderator: 'Sam', notes: 'late-night orders' },
  });
  const cleared = await backend.dispatch('sessions:update', { id, place: null });
  expect(cleared).toMatchObject({ ok: true, value: { place: null, moderator: 'Sam' } });
  expect(await backend.dispatch('sessions:update', { id, title: 'x', surprise: true })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});
