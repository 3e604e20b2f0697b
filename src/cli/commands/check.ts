// The check stage alone, not the package's whole surface: checking loads no search, forecast or renderer.
import { checkSource } from '../../api/check.js';
import type { LoadedSource } from '../../api/index.js';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command } from '../command.js';
import { readSpec, reportDiagnostics } from '../read-spec.js';

/** `3 activities`; the renderers' countText would load every renderer with it. */
const countText = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate a plan spec and report every problem with its position',
  usage: 'execplan check SPEC [SPEC...]',
  help: `Reads each spec (YAML, JSON, or a PSPLIB .sm file), compiles it as the scheduler does (someone
available for every demand, a crew within capacity for every task, an order for the links), and
prints diagnostics to stderr as
  file:line:col: error CODE: message
with the offending line and a hint. Warnings do not fail the check.

Examples:
  execplan check examples/launch.yaml
  execplan check --quiet plans/*.yaml`,
  options: {},
  async run(positionals, _values, ctx) {
    if (positionals.length === 0) throw new UsageError('check needs a spec file', 'execplan check examples/launch.yaml');
    let failed = false;
    for (const file of positionals) {
      const spec = await readSpec(file, ctx);
      const loaded: LoadedSource = spec.diagnostics.length > 0 ? { diagnostics: spec.diagnostics } : checkSource({ text: spec.text, name: file });
      reportDiagnostics(spec, loaded.diagnostics, ctx);
      failed ||= !loaded.model;
      if (loaded.model && !ctx.quiet) {
        const warnings = loaded.diagnostics.length;
        const activities = loaded.model.activities.length;
        ctx.io.stdout(`${file}: ok (${countText(activities, 'activity', 'activities')}, ${countText(loaded.model.resources.length, 'resource')}, ${countText(warnings, 'warning')})\n`);
      }
    }
    return failed ? EXIT_BAD_INPUT : EXIT_OK;
  },
};
