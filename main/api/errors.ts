import type { AppFailure, ErrorCode } from '../../shared/result';

/** The one error type services throw on purpose; the transport edge turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Converts anything thrown by a handler into the failure that crosses the boundary. */
export function toFailure(channel: string, error: unknown, log: (msg: string) => void = console.error): AppFailure {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`[verbatim] ${channel} failed unexpectedly: ${stack}`);
  return { code: 'INTERNAL', message: 'Something went wrong inside Verbatim. The study was not changed by this action.' };
}
