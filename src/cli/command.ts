import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  readonly io: CliIo;
  readonly color: boolean;
  readonly quiet: boolean;
  readonly debug: boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Extra help text after the usage line: options and examples. */
  readonly help: string;
  readonly options: OptionSpec;
  run(positionals: string[], values: OptionValues, ctx: CommandContext): Promise<number>;
}

/** Bad usage or bad input: reported without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
