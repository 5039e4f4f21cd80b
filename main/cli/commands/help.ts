import type { MessageId } from '../../../shared/i18n/catalogue';
import type { Translator } from '../../../shared/i18n/translator';

/** One entry of `verbatim --help`: how it is typed (never translated) and what it does. */
interface HelpEntry {
  syntax: string[];
  does: MessageId;
  /** More than fits the overview (the shape of `--json`), shown by `verbatim help <command>`. */
  details?: MessageId;
}

const ENTRIES: HelpEntry[] = [
  { syntax: ['new <file> [--sample] [--title <title>]'], does: 'cli.helpNew' },
  { syntax: ['info <file> [--json]'], does: 'cli.helpInfo' },
  { syntax: ['import <study> <transcript> [--session <title>] [--encoding <name>] [--json]'], does: 'cli.helpImport' },
  { syntax: ['import-participants <study> <file.csv> [--encoding <name>] [--json]'], does: 'cli.helpImportParticipants' },
  { syntax: ['sessions <study> [--json]'], does: 'cli.helpSessions' },
  { syntax: ['codings <study> [--json]'], does: 'cli.helpCodings' },
  { syntax: ["query <study> '<expression>' [--json]", 'query <study> --saved <name> [--json]'], does: 'queries.cliHelp' },
  { syntax: ['search <study> <query> [--scope hit|sentence|turn] [--json]'], does: 'search.cliHelp' },
  {
    syntax: [
      'autocode <study> <query> --code <path> [--scope hit|sentence|turn|answer]',
      '       [--fuzzy] [--include-moderator] [--json]',
    ],
    does: 'search.helpAutocode',
  },
  { syntax: ['notes <study> [--session <title>] [--json]'], does: 'cli.helpNotes' },
  { syntax: ['notes <study> [--session <title>] --format md|csv|xlsx|docx --out <path>'], does: 'cli.helpNotesExport' },
  {
    syntax: [
      'report <study> --format html|docx|pdf|xlsx|csv|json --out <path> [--definition <file.json>]',
      '       [--lang en|nb|hr|hu|zh] [--include-non-respondents]',
    ],
    does: 'cli.helpReport',
  },
  { syntax: ['import-qdpx <in.qdpx> <out.verbatim> [--json]'], does: 'cli.helpImportQdpx' },
  { syntax: ['export-qdpx <study> <out.qdpx> [--turn-selections]'], does: 'cli.helpExportQdpx' },
  { syntax: ['import-qdc <study> <in.qdc> [--json]'], does: 'cli.helpImportQdc' },
  { syntax: ['export-qdc <study> <out.qdc>'], does: 'cli.helpExportQdc' },
  {
    syntax: [
      'matrix <study> --codes <path,path,…> --by <attribute>',
      '       [--count codings|participants|words] [--include-non-respondents] [--json]',
    ],
    does: 'matrix.helpMatrix',
    details: 'matrix.helpMatrixJson',
  },
];

/** Where descriptions start; a longer syntax puts its description on the lines below. */
const COMMAND_COLUMN = 44;
const OPTION_COLUMN = 15;

/** Lines of a description after the syntax, each continuation indented to the column. */
function described(syntax: string[], text: string, column: number): string {
  const lines = text.split('\n');
  const head = [...syntax];
  const last = head.pop()!;
  const fits = last.length + 2 <= column;
  const first = fits ? [`${last.padEnd(column)}${lines.shift()}`] : [last];
  return [...head, ...first, ...lines.map((l) => `${' '.repeat(column)}${l}`)].map((l) => `  ${l}`.trimEnd()).join('\n');
}

/** `verbatim --help` in the terminal's language: the syntax stays as typed, the words are translated. */
export function usage(tr: Translator): string {
  const commands = ENTRIES.map((e) => described(e.syntax, tr.t(e.does), COMMAND_COLUMN - 2));
  const options = [
    described(['--help'], tr.t('cli.helpHelp'), OPTION_COLUMN - 2),
    described(['--version'], tr.t('cli.helpVersion'), OPTION_COLUMN - 2),
  ];
  return `${tr.t('cli.usage')}\n\n${tr.t('cli.commandsHeading')}\n${commands.join('\n')}\n\n${tr.t('cli.optionsHeading')}\n${options.join('\n')}\n`;
}

/** `verbatim help <command>`: that command's syntax, what it does and its details; null for a name with no entry. */
export function commandHelp(tr: Translator, name: string): string | null {
  const entry = ENTRIES.find((e) => e.syntax[0]!.split(' ')[0] === name);
  if (!entry) return null;
  const details = entry.details ? `\n${tr.t(entry.details)}\n` : '';
  return `${entry.syntax.join('\n')}\n\n${tr.t(entry.does)}\n${details}`;
}
