import type { CliContext } from '../index';
import { codingCommands } from './coding';
import { interopCommands } from './interop';
import { liveCommands } from './live';
import { participantCommands } from './participants';
import { reportCommands } from './report';
import { sessionCommands } from './sessions';
import { studyCommands } from './study';

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  new <file> [--sample] [--title <title>]   Create a study file (--sample fills it with the sample study)
  info <file> [--json]                      Show what a study holds (counts, schema version)
  import <study> <transcript> [--session <title>] [--encoding <name>] [--json]
                                            Import a transcript (VTT, SRT, SBV, DOCX, TXT, MD) into a
                                            session (made if missing; default: named after the file).
                                            Speakers map to participants of the same name or are created.
                                            A file that is not UTF-8 is read in the encoding its letters
                                            show; when that is a guess, name it with --encoding (utf-8,
                                            windows-1250, windows-1252, iso-8859-2, gbk, big5, shift_jis,
                                            koi8-r, windows-1251)
  import-participants <study> <file.csv> [--encoding <name>] [--json]
                                            Import participants and their attributes from a CSV (columns
                                            mapped as the app suggests: name, notes, new attributes);
                                            prints the mapping; any bad row refuses the whole file
  sessions <study> [--json]                 List sessions with their people (and role: moderator, observer,
                                            participant) and documents
  codings <study> [--json]                  List every coded passage: document, code path, offsets, quote, coder
  notes <study> [--session <title>] [--json]
                                            List live notes (all sessions, or one) in time order: time, speaker,
                                            guide question, text, codes, star
  notes <study> [--session <title>] --format md|csv|xlsx|docx --out <path>
                                            Export live notes (grouped under the discussion guide in MD and DOCX)
  report <study> --format html|docx|pdf|xlsx|csv|json --out <path> [--definition <file.json>]
         [--lang en|nb|hr|hu|zh] [--include-non-respondents]
                                            Generate a report (saved as a snapshot in the study) and write it.
                                            CSV writes one file per table (themes, breakdown, quotes): --out is
                                            a folder (existing, or ending in /) or a prefix (<out>-themes.csv ...)
                                            It counts and quotes respondents only, unless
                                            --include-non-respondents counts moderators, observers and
                                            note-takers (by their role in each session) as participants too.
                                            --lang writes it in English, Norwegian, Croatian, Hungarian or
                                            Chinese (default: the definition's language, else English);
                                            CSV then uses that language's list separator (";" for nb, hr, hu)
  import-qdpx <in.qdpx> <out.verbatim> [--json]
                                            Import a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder…) into
                                            a new study; prints what was imported, mapped and dropped (and why)
  export-qdpx <study> <out.qdpx> [--turn-selections]
                                            Export a study as a REFI-QDA project (--turn-selections: also
                                            each participant's turns as selections, for NVivo)
  import-qdc <study> <in.qdc> [--json]      Merge a REFI-QDA codebook into a study (codes matched by GUID, then path)
  export-qdc <study> <out.qdc>              Export a study's codebook as a REFI-QDA codebook

Options:
  --help       Show this help
  --version    Show the version
`;

/** Every command: a function over the backend contract (the CLI has no logic of its own). One file per area. */
export const COMMANDS: Record<string, (ctx: CliContext) => Promise<void>> = { ...studyCommands, ...codingCommands, ...reportCommands, ...interopCommands, ...liveCommands, ...sessionCommands, ...participantCommands };
