import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { INCOMING_LIMITS, type IncomingKind } from '../../../shared/domain/files';
import type { EncodingEvidence, TextEncodingName } from '../../../shared/text/encodings';
import { ENCODING_NAMES, parseEncodingName, TEXT_ENCODINGS } from '../../../shared/text/encodings';
import { CliError, cliError } from '../index';
import { terminalTranslator } from '../../language';

/**
 * Reads a file named on the command line (the CLI's open dialog, so no channel sees a path), refusing
 * one larger than the app takes in for that kind before reading it.
 */
export function readInputFile(file: string, kind: IncomingKind): Uint8Array {
  try {
    const limit = INCOMING_LIMITS[kind];
    if (statSync(file).size > limit.bytes) throw cliError('errors.fileTooLarge', { name: basename(file), limit: limit.label });
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cliError('cli.cannotRead', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** `--encoding <name>`: one of ours or a common alias (gbk, cp1250, sjis…); anything else is a usage error. */
export function encodingOption(value: string | undefined): TextEncodingName | undefined {
  if (value === undefined) return undefined;
  const encoding = parseEncodingName(value);
  if (encoding === null) throw cliError('cli.unknownEncoding', { value: value.slice(0, 40), names: TEXT_ENCODINGS.join(', ') }, 2);
  return encoding;
}

const CHOICES = ['one', 'two', 'other'] as const;

/**
 * A preview's encoding rules on the command line, where nobody looks at a preview: a guess is not
 * good enough, so weak evidence stops the import and names the encodings to choose between.
 */
export function refuseGuessedEncoding(
  fileName: string,
  read: { encoding: TextEncodingName | null; encodingEvidence: EncodingEvidence | null; encodingChoices: TextEncodingName[] },
): void {
  if (read.encodingEvidence !== 'weak' || read.encoding === null) return;
  const tr = terminalTranslator();
  const [first = '', second = '', third = ''] = read.encodingChoices
    .slice(0, 3)
    .map((e) => tr.t('cli.encodingChoice', { name: e, label: tr.t(ENCODING_NAMES[e]) }));
  const choices = CHOICES[Math.min(read.encodingChoices.length, 3) - 1] ?? 'one';
  throw new CliError(
    tr.t('cli.guessedEncoding', { fileName, encoding: tr.t(ENCODING_NAMES[read.encoding]), choices, first, second, third }),
  );
}
