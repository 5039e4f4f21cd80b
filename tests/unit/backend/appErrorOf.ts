import { expect } from 'vitest';
import { AppError } from '../../../shared/errors';

/** The AppError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function failureOf(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
