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

/** What a failed call returns: a stable code for programs and a sentence for people. */
export interface AppFailure {
  code: ErrorCode;
  message: string;
}

/** Every call across a process boundary resolves to this; nothing is thrown across it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppFailure };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed {@link Result}. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
