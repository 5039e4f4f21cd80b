import { z } from 'zod';
import { isMessageId, type MessageId } from './catalogue';
import { translatorFor, type Translator } from './translator';

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
 * A value named `…Message` holds another message, said first: either a bare id, said with the same
 * values (an encoding's name, a size's unit), or a whole sentence as JSON (see {@link nested}), said
 * with its own values. A reason inside a sentence ("{file}, line {line}: {reasonMessage}") is then a
 * whole message of its own, translated by the receiver, never an English fragment glued in. Other
 * values are data.
 */
function nestedKey(key: string): boolean {
  return key.endsWith('Message');
}

function inner(value: string, values: SentenceValues): Sentence | null {
  if (isMessageId(value)) return { id: value, values };
  if (!value.startsWith('{"id":')) return null;
  try {
    const parsed = SentenceSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `id` with `values` in the language of `tr`, its nested messages (see {@link nestedKey}) said first. */
export function say(tr: Translator, id: MessageId, values?: SentenceValues, depth = 0): string {
  if (!values) return tr.t(id);
  const said: SentenceValues = {};
  for (const [key, value] of Object.entries(values)) {
    // Depth is capped: values come from files, and a message may not name itself forever.
    const sentence = nestedKey(key) && typeof value === 'string' && depth < 6 ? inner(value, values) : null;
    said[key] = sentence ? say(tr, sentence.id, sentence.values, depth + 1) : value;
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

/**
 * An error whose sentence is a catalogue message: parsers and readers throw it, the layer that
 * reports to the user passes `sentence` on (nested in its own, see {@link nested}); `message` is the
 * English, for logs and tests.
 */
export class SentenceError extends Error {
  readonly sentence: Sentence;
  constructor(id: MessageId, values?: SentenceValues) {
    super(say(translatorFor('en'), id, values));
    this.sentence = sentence(id, values);
  }
}

/**
 * The value that puts `inner` inside another sentence as `{<key>}` (the key must end in `Message`):
 * the whole sentence as JSON, so its values stay its own, whatever the outer sentence calls its values.
 */
export function nested(key: `${string}Message`, inner: Sentence): SentenceValues {
  return { [key]: JSON.stringify(inner) };
}

/** Whether two sentences say the same (after crossing as JSON, the same sentence is no longer the same object). */
export function sameSentence(a: Sentence | null | undefined, b: Sentence | null | undefined): boolean {
  return a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));
}

/** A report's part in the language of `tr`: its sentence where it has one, else the English it carries. */
export function entryText(tr: Translator, english: string, sentence: Sentence | undefined): string {
  return sentence ? saySentence(tr, sentence) : english;
}
