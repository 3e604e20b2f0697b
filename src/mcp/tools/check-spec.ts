/** check_spec: what `execplan check` reports, as data. */
import { z } from 'zod';
import { checkSource } from '../../api/index.js';
import { diagnosticLines, toolDiagnosticSchema, toolDiagnostics } from '../diagnostics.js';
import { specInput } from '../inputs.js';
import { answer } from '../run.js';
import { READ_ONLY, type ToolDefinition } from './tool.js';

const input = { spec: specInput };

const output = {
  ok: z.boolean().describe('True when the spec has no errors: plan will schedule it'),
  errors: z.number().int(),
  warnings: z.number().int(),
  activities: z.number().int().optional().describe('Tasks, external items, gates and milestones, when the spec is valid'),
  resources: z.number().int().optional().describe('People and pools, when the spec is valid'),
  diagnostics: z.array(toolDiagnosticSchema),
};

export const checkSpecTool: ToolDefinition<typeof input, typeof output> = {
  name: 'check_spec',
  config: {
    title: 'Check a plan spec',
    description:
      'Validates a plan spec (YAML or JSON text) as `execplan check` does: shape, references, cycles, dates, limits, and whether someone can do every task. Returns every problem with line, column, code, message and a hint (unknown ids suggest the closest one). Call it after each edit of a drafted spec, until ok is true.',
    inputSchema: input,
    outputSchema: output,
    annotations: READ_ONLY,
  },
  handler({ spec }) {
    const loaded = checkSource({ text: spec });
    const diagnostics = toolDiagnostics(loaded.diagnostics, spec);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const structured = {
      ok: loaded.model !== undefined,
      errors,
      warnings: diagnostics.length - errors,
      ...(loaded.model ? { activities: loaded.model.activities.length, resources: loaded.model.resources.length } : {}),
      diagnostics,
    };
    const summary = structured.ok ? `The spec is valid (${structured.activities} activities, ${structured.resources} resources, ${structured.warnings} warnings).` : `The spec has ${errors} error${errors === 1 ? '' : 's'}:\n${diagnosticLines(diagnostics)}`;
    return answer(summary, structured);
  },
};
