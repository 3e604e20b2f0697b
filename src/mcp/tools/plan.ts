/** plan: the summary facts of a plan, and on request its Markdown document or JSON contract. */
import { z } from 'zod';
import type { FormatName } from '../../api/index.js';
import { toolDiagnosticSchema } from '../diagnostics.js';
import { factsLine, factsSchema } from '../facts.js';
import { baselineInput, runOptionsInput, specInput, statusInput } from '../inputs.js';
import { answer, runSpec, specRefusal } from '../run.js';
import { READ_ONLY, type ToolDefinition } from './tool.js';

const input = {
  spec: specInput,
  status: statusInput,
  baseline: baselineInput,
  options: runOptionsInput,
  include: z
    .array(z.enum(['markdown', 'json']))
    .max(2)
    .optional()
    .describe('Documents to return besides the facts: the Markdown plan, the JSON contract (docs/json.md), or both'),
};

const output = {
  facts: factsSchema,
  warnings: z.array(toolDiagnosticSchema),
  markdown: z.string().optional().describe('The Markdown plan, as `execplan plan` writes it'),
  json: z.record(z.string(), z.unknown()).optional().describe('The JSON contract (format execplan.plan, version 2)'),
};

const FORMAT: Record<'markdown' | 'json', FormatName> = { markdown: 'md', json: 'json' };

export const planTool: ToolDefinition<typeof input, typeof output> = {
  name: 'plan',
  config: {
    title: 'Plan a spec',
    description:
      'Schedules a plan spec with its people, skills, calendars and freezes (every schedule verified by an independent checker), runs the Monte Carlo forecast and returns the facts: verdict, planned finish, effective delivery date, P(on time), buffer, critical path, over-allocations, and unscheduled work. Ask for the Markdown plan or the JSON contract with `include`. Same spec and options, same answer.',
    inputSchema: input,
    outputSchema: output,
    annotations: READ_ONLY,
  },
  handler({ spec, status, baseline, options, include = [] }) {
    const wanted = [...new Set(include)];
    const planned = runSpec(spec, options, wanted.map((name) => FORMAT[name]), { ...(status !== undefined ? { status } : {}), ...(baseline !== undefined ? { baseline } : {}) });
    if (!planned.ok) return specRefusal(planned.diagnostics);
    const text = (name: 'markdown' | 'json') => planned.run.outputs.find((o) => o.format === FORMAT[name])?.text;
    const structured = {
      facts: planned.facts,
      warnings: planned.diagnostics,
      ...(wanted.includes('markdown') ? { markdown: text('markdown') } : {}),
      ...(wanted.includes('json') ? { json: planned.doc } : {}),
    };
    return answer(factsLine(planned.facts), structured);
  },
};
