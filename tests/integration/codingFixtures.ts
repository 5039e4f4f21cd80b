import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../main/api/backend';
import { headlessHost } from '../../main/app/host';
import type { StepLabel } from '../../shared/domain/coding';
import { translatorFor } from '../../shared/i18n/translator';
import type { Channel, In, Out } from '../../shared/ipc/contract';

/** A backend with a fresh study in a temp dir, and typed calls that throw on failure. */
export async function codingWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-coding-'));
  const backend: Backend = createBackend({ appDataDir: dir, host: headlessHost('cli'), checkOutput: true });
  const call = async <C extends Channel>(channel: C, input: In<C>): Promise<Out<C>> => {
    const r = await backend.dispatch(channel, input);
    if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
    return r.value as Out<C>;
  };
  const attempt = <C extends Channel>(channel: C, input: In<C>) => backend.dispatch(channel, input);
  backend.context.studies.create(join(dir, 'coding.verbatim'), 'coding');
  const session = await call('sessions:create', { kind: 'focus_group', title: 'FG 1' });
  const study = backend.context.studies.require();

  /** Writes a transcript document straight through the repositories (turns joined by blank lines). */
  function transcript(turns: [string | null, string][], title = 'Transcript'): string {
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    const text = turns.map(([, t]) => t).join('\n\n');
    study.write(
      'test:transcript',
      () => {
        study.repos.documents.insert({
          id,
          session_id: session.id,
          kind: 'transcript',
          title,
          plain_text: text,
          editor_state: null,
          rev: 0,
          created_at: at,
          updated_at: at,
          created_by: study.userId,
          source_name: null,
          source_format: null,
        });
        let offset = 0;
        turns.forEach(([speaker, t], position) => {
          let participantId: string | null = null;
          if (speaker) {
            participantId = study.repos.participants.idByName(speaker);
            if (!participantId) {
              participantId = crypto.randomUUID();
              study.repos.participants.insert(participantId, speaker, null, at, study.userId);
            }
          }
          study.repos.documents.insertTurn({
            id: crypto.randomUUID(),
            document_id: id,
            position,
            start_offset: offset,
            end_offset: offset + t.length,
            speaker_label: speaker,
            participant_id: participantId,
            start_ms: position * 1000,
            end_ms: position * 1000 + 900,
          });
          offset += t.length + 2;
        });
      },
      null,
    );
    return id;
  }

  /** Offsets of the first occurrence of `words` in a document. */
  async function rangeOf(documentId: string, words: string) {
    const doc = await call('documents:get', { id: documentId });
    const start = doc.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in document`);
    return { documentId, start, end: start + words.length };
  }

  return {
    dir,
    backend,
    call,
    attempt,
    session,
    study,
    transcript,
    rangeOf,
    close: () => {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type Workspace = Awaited<ReturnType<typeof codingWorkspace>>;

/** A step of the undo history as the English UI names it (null: no step). */
export function inEnglish(step: StepLabel | null): string | null {
  return step ? translatorFor('en').t(step.id, step.values) : null;
}
