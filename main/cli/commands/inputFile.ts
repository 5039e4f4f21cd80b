import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { INCOMING_LIMITS, type IncomingKind } from '../../../shared/domain/files';
import type { EncodingEvidence, TextEncodingName } from '../../../shared/text/encodings';
import { ENCODING_LABELS, parseEncodingName, TEXT_ENCODINGS } from '../../../shared/text/encodings';
import { CliError } from '../index';

/**
 * Reads a file named on the command line (the CLI's open dialog, so no channel sees a path), refusing
 * one larger than the app takes in for that kind before reading it.
 */
export function readInputFile(file: string, kind: IncomingKind): Uint8Array {
  try {
    const limit = INCOMING_LIMITS[kind];
    if (statSync(file).size > limit.bytes) throw new CliError(`${basename(file)} is larger than ${limit.label}, more than Verbatim imports. Nothing was imported.`);
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** `--encoding <name>`: one of ours or a common alias (gbk, cp1250, sjis…); anything else is a usage error. */
export function encodingOption(value: string | undefined): TextEncodingName | undefined {
  if (value === undefined) return undefined;
  const encoding = parseEncodingName(value);
  if (encoding === null) throw new CliError(`unknown encoding "${value.slice(0, 40)}": use one of ${TEXT_ENCODINGS.join(', ')} (or gbk, cp1250, sjis…). Nothing was imported.`, 2);
  return encoding;
}

/**
 * A preview's encoding rules on the command line, where nobody looks at a preview: a guess is not
 * good enough, so weak evidence stops the import and names the encodings to choose between.
 */
export function refuseGuessedEncoding(fileName: string, read: { encoding: TextEncodingName | null; encodingEvidence: EncodingEvidence | null; encodingChoices: TextEncodingName[] }): void {
  if (read.encodingEvidence !== 'weak' || read.encoding === null) return;
  const options = read.encodingChoices.slice(0, 3).map((e) => `--encoding ${e} (${ENCODING_LABELS[e]})`).join(', or ');
  throw new CliError(`${fileName} is not UTF-8 and its encoding is a guess: it reads as ${ENCODING_LABELS[read.encoding]}, but others are about as likely. Look at the file and run again with ${options}. Nothing was imported.`);
}
