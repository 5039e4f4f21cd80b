import type { MessageId } from './i18n/catalogue';
import { failure, type AppFailure, type ErrorCode, type FailureValues } from './result';

/**
 * The one error type services throw on purpose; the transport edge turns it into a failed Result.
 * Its sentence is a catalogue message (`errors.…` and the areas beside it) with its values, so the
 * renderer and the CLI each say it in their language; `message` holds it in English, for logs.
 */
export class AppError extends Error {
  readonly messageId?: MessageId;
  readonly values?: FailureValues;
  constructor(
    readonly code: ErrorCode,
    message: MessageId | string,
    values?: FailureValues,
  ) {
    const described = failure(code, message, values);
    super(described.message);
    this.name = 'AppError';
    this.messageId = described.messageId;
    this.values = described.values;
  }

  /** What crosses the boundary. */
  toFailure(): AppFailure {
    return {
      code: this.code,
      message: this.message,
      ...(this.messageId ? { messageId: this.messageId } : {}),
      ...(this.values ? { values: this.values } : {}),
    };
  }
}

/**
 * Converts anything thrown by a handler into the failure that crosses the boundary; an unexpected
 * error goes to `log` with its stack (the caller's log: shared code has no console of its own).
 */
export function toFailure(channel: string, error: unknown, log: (msg: string) => void): AppFailure {
  if (error instanceof AppError) return error.toFailure();
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`[verbatim] ${channel} failed unexpectedly: ${stack}`);
  return failure('INTERNAL', 'errors.internal');
}
