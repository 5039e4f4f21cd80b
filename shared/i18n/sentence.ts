import { z } from 'zod';
import { isMessageId, type MessageId } from './catalogue';
import type { Translator } from './translator';

/** The values of a sentence: plain data, so it crosses every boundary as JSON. */
export type SentenceValues = Record<string, string | number>;

/**
 * A sentence as data: a catalogue id and its values, said by whoever shows it, in its language (a
 * progress stage, a line of an import report, why a file cannot be read).
 */
export interface Sentence {
  id: MessageId;
  values?: SentenceValues;
}

/** A sentence built where the id is known to be whole (the unused-message test looks for ids). */
export function sentence(id: MessageId, values?: SentenceValues): Sentence {
  return values ? { id, values } : { id };
}

/**
 * A value named `…Message` holds the id of another message, said with the same values: a reason
 * inside a sentence ("{file}, line {line}: {reasonMessage}") is then a whole message of its own,
 * translated by the receiver, never an English fragment glued in. Other values are data.
 */
function nestedKey(key: string): boolean {
  return key.endsWith('Message');
}

/** `id` with `values` in the language of `tr`, its nested messages (see {@link nestedKey}) said first. */
export function say(tr: Translator, id: MessageId, values?: SentenceValues, depth = 0): string {
  if (!values) return tr.t(id);
  const said: SentenceValues = {};
  for (const [key, value] of Object.entries(values)) {
    // Depth is capped: values come from files, and a message may not name itself forever.
    said[key] = nestedKey(key) && typeof value === 'string' && isMessageId(value) && depth < 4 ? say(tr, value, values, depth + 1) : value;
  }
  return tr.t(id, said);
}

/** A sentence in the language of `tr`. */
export function saySentence(tr: Translator, s: Sentence): string {
  return say(tr, s.id, s.values);
}

/** A message id in a schema: a string the catalogue knows. */
export const MessageIdSchema = z.custom<MessageId>((v) => typeof v === 'string' && isMessageId(v), { message: 'not a message id' });

/** A {@link Sentence} in a schema. */
export const SentenceSchema = z.object({ id: MessageIdSchema, values: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
