import { basename } from 'node:path';
import { importMspdi } from '../../api/index.js';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command } from '../command.js';
import { resolvePath } from '../io.js';
import { readSpec, reportDiagnostics } from '../read-spec.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn an MS Project XML file into a spec',
  usage: 'execplan import FILE.xml [--out SPEC.yaml] [--force]',
  help: `Reads MS Project XML (MSPDI: MS Project's File > Save As > XML, ProjectLibre's and
GanttProject's MS Project export, or execplan's own --format mspdi) and writes the spec it
describes: summary tasks become phases, links keep their type and lag, resources become people
and pools with their availability, assignments become assignees. Whatever the file holds that a
spec cannot say is reported as a warning at its line; a file that is not well-formed XML, has a
DOCTYPE or is not a project is an error, and then nothing is written.

Options:
  --out FILE  Write the spec to FILE instead of printing it
  --force     Overwrite FILE if it exists

Examples:
  execplan import plan.xml --out plan.yaml
  execplan plan examples/launch.yaml --format mspdi --out out && execplan import out/launch.xml`,
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(positionals, values, ctx) {
    if (positionals.length !== 1) throw new UsageError('import needs exactly one MS Project XML file', 'execplan import plan.xml --out plan.yaml');
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (out !== undefined && !values.force && (await ctx.io.pathKind(resolvePath(ctx.io, out))) === 'file') {
      throw new UsageError(`'${out}' already exists; not overwriting it`, 'pass --force to replace it, or give another file name');
    }
    const file = await readSpec(positionals[0], ctx);
    if (file.diagnostics.length > 0) {
      reportDiagnostics(file, file.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const imported = importMspdi(file.text);
    reportDiagnostics(file, imported.diagnostics, ctx);
    if (imported.yaml === undefined) return EXIT_BAD_INPUT;
    const header = `# Imported from ${basename(positionals[0])} by execplan import.\n`;
    if (out === undefined) {
      ctx.io.stdout(header + imported.yaml);
      return EXIT_OK;
    }
    await ctx.io.writeTextAtomic(resolvePath(ctx.io, out), header + imported.yaml);
    if (!ctx.quiet) ctx.io.stdout(`wrote ${out}\n`);
    return EXIT_OK;
  },
};
