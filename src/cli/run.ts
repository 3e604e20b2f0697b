/**
 * The CLI as a plain function: parse global flags, dispatch to a command, map failures to exit
 * codes. `main.ts` is the only caller that touches process.argv and process.exit.
 */
import { parseArgs } from 'node:util';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, UsageError, type Command, type CommandContext } from './command.js';
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

Exit codes: 0 ok, 2 bad input or usage, 1 internal error.
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
    if (error instanceof UsageError) {
      io.stderr(`execplan: error: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
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
  const command = commands.find((c) => c.name === name);
  if (!command) {
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
  try {
    return parseArgs({ args, options: { ...globalOptions, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/^TypeError \[[A-Z_]+\]: /, ''), `run 'execplan ${command.name} --help' for its options`);
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
