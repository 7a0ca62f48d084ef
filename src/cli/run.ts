/**
 * The command line: parses arguments, calls the library, prints, and returns the exit code.
 * All behaviour lives in the library; this file only connects it to argv, files and the terminal.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError, type Io } from './io.js';
import { COMMAND_HELP, HELP } from './usage.js';
import { readVersion } from './version.js';

/** A command: parsed options and positionals in, exit code out. */
export type Command = (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: Io) => Promise<number>;

/**
 * Each command's module is loaded when the command runs (`await import()`), so a run pays only for the modules
 * its command needs: `compare --format json` does not load the templates, Word writer, site publisher or history.
 */
const runCompare: Command = async (args, io) => (await import('./commands/compare.js')).runCompare(args, io);
const runHistory: Command = async (args, io) => (await import('./commands/history.js')).runHistory(args, io);
const runPublish: Command = async (args, io) => (await import('./commands/publish.js')).runPublish(args, io);
const runSchema: Command = async (args, io) => (await import('./commands/schema.js')).runSchema(args, io);
const runShow: Command = async (args, io) => (await import('./commands/show.js')).runShow(args, io);
const runValidate: Command = async (args, io) => (await import('./commands/validate.js')).runValidate(args, io);

interface CommandSpec {
  run: Command;
  options: NonNullable<ParseArgsConfig['options']>;
}

const COMMANDS: Record<string, CommandSpec> = {
  validate: { run: runValidate, options: {} },
  show: { run: runShow, options: { format: { type: 'string', short: 'f' }, full: { type: 'boolean' } } },
  schema: { run: runSchema, options: {} },
  publish: {
    run: runPublish,
    options: { out: { type: 'string', short: 'o' }, pairs: { type: 'string' }, templates: { type: 'string' }, agreement: { type: 'string' } },
  },
  history: {
    run: runHistory,
    options: { clause: { type: 'string' }, agreement: { type: 'string' }, format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } },
  },
  compare: {
    run: runCompare,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      templates: { type: 'string' },
      author: { type: 'string' },
      'ignore-case': { type: 'boolean' },
      'ignore-whitespace': { type: 'boolean' },
      'ignore-typography': { type: 'boolean' },
      'ignore-numbering': { type: 'boolean' },
    },
  },
};

/** Runs draftdiff with the given arguments (without `node` and the script path) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    io.out(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : HELP);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const spec = COMMANDS[name];
  if (!spec) {
    io.err(`draftdiff: unknown command "${name}"; run "draftdiff --help" for the list of commands\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(COMMAND_HELP[name] ?? HELP);
    return EXIT.ok;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: spec.options, allowPositionals: true, strict: true });
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    return await spec.run({ values: values as Record<string, string | boolean | undefined>, positionals }, io);
  } catch (cause) {
    if (cause instanceof UsageError || isParseArgsError(cause)) {
      io.err(`draftdiff ${name}: ${(cause as Error).message}\nrun "draftdiff ${name} --help" for usage\n`);
      return EXIT.usage;
    }
    const message = cause instanceof Error ? cause.message : String(cause);
    io.err(`draftdiff ${name}: ${message}\n`);
    if (io.env['DRAFTDIFF_DEBUG'] && cause instanceof Error && cause.stack) io.err(`${cause.stack}\n`);
    return EXIT.internal;
  }
}

function isParseArgsError(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
