import { failureText, type AppFailure } from '../../shared/result';
import { terminalTranslator } from '../language';

/** A failure as the CLI's one line, in the terminal's language. */
export function cliFailureLine(failure: AppFailure): string {
  return failureText(terminalTranslator(), failure).split('\n').join(' ');
}
