import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { EXIT_OK, UsageError, type Command } from '../command.js';
import { resolvePath, type CliIo } from '../io.js';
import { packageRoot } from '../package-root.js';

const examplesDir = new URL('examples/', packageRoot);

async function exampleNames(): Promise<string[]> {
  const files = await readdir(fileURLToPath(examplesDir));
  // A NAME.status.yaml is a status of an example (docs/tracking.md), not a spec to start from.
  return files.filter((f) => f.endsWith('.yaml') && !f.endsWith('.status.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
}

/** An example's text as a starter spec: without the schema comment, whose relative path points into this package. */
async function exampleText(io: CliIo, name: string): Promise<string> {
  const text = await io.readText(fileURLToPath(new URL(`${name}.yaml`, examplesDir)));
  return text.replace(/^# yaml-language-server: \$schema=.*\n/, '');
}

/** Every bundled example by name, as starter specs. */
export async function bundledExamples(io: CliIo): Promise<Record<string, string>> {
  const examples: Record<string, string> = {};
  for (const name of await exampleNames()) examples[name] = await exampleText(io, name);
  return examples;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a starter spec to edit',
  usage: 'execplan init [FILE] [--example NAME] [--force]',
  help: `Writes a starter spec (default: plan.yaml) from one of the bundled examples. Never
overwrites an existing file unless --force is given.

Options:
  --example NAME   launch (default), incident or sprint
  --force          Overwrite FILE if it exists

Examples:
  execplan init
  execplan init incident.yaml --example incident`,
  options: { example: { type: 'string' }, force: { type: 'boolean' } },
  async run(positionals, values, ctx) {
    if (positionals.length > 1) throw new UsageError('init takes at most one file name');
    const file = positionals[0] ?? 'plan.yaml';
    const name = typeof values.example === 'string' ? values.example : 'launch';
    const names = await exampleNames();
    if (!names.includes(name)) {
      throw new UsageError(`unknown example '${name}'`, `choose one of: ${names.join(', ')}`);
    }
    const target = resolvePath(ctx.io, file);
    const kind = await ctx.io.pathKind(target);
    if (kind === 'directory' || kind === 'other') throw new UsageError(`'${file}' is ${kind === 'directory' ? 'a directory' : 'a special file'}; init writes a spec file`, 'give a file name, such as plan.yaml');
    if (kind === 'file' && !values.force) {
      throw new UsageError(`'${file}' already exists; not overwriting it`, 'pass --force to replace it, or give another file name');
    }
    await ctx.io.writeTextAtomic(target, await exampleText(ctx.io, name));
    if (!ctx.quiet) ctx.io.stdout(`wrote ${file} (from the ${name} example); next: execplan check ${file}\n`);
    return EXIT_OK;
  },
};
