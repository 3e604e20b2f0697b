/**
 * The CLI as a plain function: parse global flags, dispatch to a command, map failures to exit
 * codes. `main.ts` is the only caller that touches process.argv and process.exit.
 */
import { parseArgs } from 'node:util';
import { OutputError, isSystemError, systemErrorReason } from '../io/index.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, UsageError, type Command, type CommandContext, type OptionSpec } from './command.js';
import type { CliIo } from './io.js';
import { commands } from './commands/index.js';
import { packageVersion } from './version.js';

const GLOBAL_HELP = `execplan: turn goals, a team and work into a feasible execution plan

Usage: execplan <command> [options]

Commands:
{commands}

Global options:
  -h, --help       Show help (also: execplan <command> --help)
  -V, --version    Print the version
  -q, --quiet      Print only results and errors
      --no-color   Disable colour (so does NO_COLOR=1)
      --debug      Show stack traces of internal errors

Exit codes: 0 ok, 2 bad input, usage or a file that cannot be read or written, 1 internal
error. A closed pipe on stdout (execplan plan x.yaml | head) drops the rest of the output
quietly and keeps the command's own exit code.
`;

const globalOptions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError) {
      io.stderr(`execplan: error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      return EXIT_BAD_INPUT;
    }
    // The environment refused a file operation (no space, no permission): not a bug in execplan.
    if (isSystemError(error)) {
      io.stderr(`execplan: error: ${error.syscall ?? 'file operation'}${error.path ? ` '${error.path}'` : ''} failed: ${systemErrorReason(error)}\n`);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `execplan: internal error: ${detail}\n` +
        `This is a bug in execplan. Please report it with the spec and the command you ran` +
        (debug ? '.\n' : ' (add --debug for the stack trace).\n'),
    );
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const { values } = parseArgs({ args: [...argv], options: globalOptions, allowPositionals: true, strict: false });
    if (values.version) {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    if (values.help || name === undefined || name === 'help') {
      io.stdout(globalHelp());
      return 0;
    }
    throw new UsageError(`unknown command '${name}'`, `run 'execplan --help' to see the commands: ${commands.map((c) => c.name).join(', ')}`);
  }
  const command = await entry.load();
  const args = argv.filter((arg, i) => !(arg === name && i === argv.indexOf(name)));
  const parsed = parseCommandArgs(command, args);
  if (parsed.values.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  if (parsed.values.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const ctx: CommandContext = {
    io,
    color: !parsed.values['no-color'] && !io.env.NO_COLOR && io.isTTY,
    quiet: Boolean(parsed.values.quiet),
    debug: Boolean(parsed.values.debug),
  };
  return command.run(parsed.positionals, parsed.values, ctx);
}

function parseCommandArgs(command: Command, args: string[]) {
  const options = { ...globalOptions, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^TypeError \[[A-Z_]+\]: /, ''), `run 'execplan ${command.name} --help' for its options`);
  }
  refuseRepeatedOrEmpty(parsed.tokens, options, command);
  return parsed;
}

/**
 * A flag with a value given twice would silently keep the last one, and an empty value would
 * silently mean the default (or the current directory, for --out): both are usage errors. A
 * repeated switch (--quiet --quiet) loses nothing, so it stays allowed.
 */
function refuseRepeatedOrEmpty(tokens: readonly { kind: string; name?: string; value?: string | undefined }[], options: OptionSpec, command: Command): void {
  const seen = new Set<string>();
  const hint = `run 'execplan ${command.name} --help' for its options`;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || options[token.name]?.type !== 'string') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`, `give it once${token.name === 'format' ? ', with the formats comma-separated: --format md,json' : ''}`);
    seen.add(token.name);
    if ((token.value ?? '').trim() === '') throw new UsageError(`--${token.name} needs a value, got an empty one`, hint);
  }
}

function globalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return GLOBAL_HELP.replace('{commands}', list);
}

function commandHelp(command: Command): string {
  return `${command.summary}\n\nUsage: ${command.usage}\n\n${command.help.trimEnd()}\n\nGlobal options: --help, --version, --quiet, --no-color, --debug\n`;
}
