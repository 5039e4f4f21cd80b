import type { CliContext } from '../index';
import { codingCommands } from './coding';
import { studyCommands } from './study';

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  new <file> [--sample] [--title <title>]   Create a study file (--sample fills it with the sample study)
  info <file> [--json]                      Show what a study holds (counts, schema version)
  import <study> <transcript> [--session <title>] [--json]
                                            Import a transcript (VTT, SRT, SBV, DOCX, TXT, MD) into a
                                            session (made if missing; default: named after the file).
                                            Speakers map to participants of the same name or are created
  codings <study> [--json]                  List every coded passage: document, code path, offsets, quote, coder

Options:
  --help       Show this help
  --version    Show the version
`;

/** Every command: a function over the backend contract (the CLI has no logic of its own). One file per area. */
export const COMMANDS: Record<string, (ctx: CliContext) => Promise<void>> = { ...studyCommands, ...codingCommands };
