import { isMessageId, type MessageId } from './i18n/catalogue';
import { say } from './i18n/sentence';
import { translatorFor, type Translator } from './i18n/translator';

/** Error codes that cross the process boundary. The UI decides wording per code where it matters. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'NOT_FOUND',
  'NO_STUDY_OPEN',
  'NOT_A_STUDY',
  'STUDY_CORRUPT',
  'STUDY_FROM_NEWER_VERSION',
  'STUDY_IN_USE',
  'STUDY_UNTRUSTED',
  'ALREADY_EXISTS',
  'CONFLICT',
  'CANCELLED',
  'LIMIT_EXCEEDED',
  'UNSUPPORTED',
  'IMPORT_FAILED',
  'IO_ERROR',
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The values a failure's sentence is built from: plain data, so they cross every boundary as JSON. */
export type FailureValues = Record<string, string | number>;

/**
 * What a failed call returns: a stable code for programs and a sentence for people. The sentence
 * travels as a catalogue id with its values, so each client says it in its own language (the
 * renderer in the UI's, the CLI in the terminal's); `message` is the same sentence in English, for
 * logs and programs.
 */
export interface AppFailure {
  code: ErrorCode;
  message: string;
  messageId?: MessageId;
  values?: FailureValues;
}

/** Every call across a process boundary resolves to this; nothing is thrown across it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppFailure };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * A failure whose sentence is the catalogue message `message` (with `values`), or, where no message
 * exists yet, a sentence as given.
 */
export function failure(code: ErrorCode, message: MessageId | string, values?: FailureValues): AppFailure {
  if (!isMessageId(message)) return { code, message };
  return { code, message: say(translatorFor('en'), message, values), messageId: message, ...(values ? { values } : {}) };
}

/** Builds a failed {@link Result}; `message` as in {@link failure}. */
export function fail<T = never>(code: ErrorCode, message: MessageId | string, values?: FailureValues): Result<T> {
  return { ok: false, error: failure(code, message, values) };
}

/** A failure's sentence in the language of `tr`. */
export function failureText(tr: Translator, error: AppFailure): string {
  return error.messageId ? say(tr, error.messageId, error.values) : error.message;
}
