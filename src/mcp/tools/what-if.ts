/** what_if: the plan's facts before and after a list of changes, side by side, with the deltas. */
import { z } from 'zod';
import type { Diagnostic } from '../../api/index.js';
import { applyChanges, changesInput, within } from '../changes.js';
import { diagnosticLines, toolDiagnosticSchema } from '../diagnostics.js';
import { factsLine, factsSchema, percent, type PlanFacts } from '../facts.js';
import { runOptionsInput, specInput } from '../inputs.js';
import { answer, refusal, runSpec, specRefusal } from '../run.js';
import { READ_ONLY, type ToolDefinition } from './tool.js';

const input = {
  spec: specInput,
  changes: changesInput,
  options: runOptionsInput,
  returnSpec: z.boolean().optional().describe('Also return the changed spec text, to adopt the changes'),
};

const move = z.enum(['earlier', 'same', 'later']);

const deltasSchema = z.object({
  finish: z.object({ before: z.string(), after: z.string(), moved: move }),
  makespanSlots: z.number().describe('Change of the planned length in working slots (negative: shorter)'),
  forecastFinish: z.object({ before: z.string(), after: z.string(), moved: move }),
  pOnTime: z.object({ before: z.number().nullable(), after: z.number().nullable(), change: z.number().nullable() }),
  verdict: z.object({ before: z.string(), after: z.string() }),
  criticalPath: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  overAllocations: z.object({ before: z.number().int(), after: z.number().int() }),
});

const output = {
  before: factsSchema,
  after: factsSchema.nullable().describe('Null when the changed plan cannot be planned: see problems'),
  deltas: deltasSchema.nullable(),
  problems: z.array(toolDiagnosticSchema).describe('Errors the changes cause elsewhere in the plan (e.g. work assigned to a removed person), with their place in the changed spec'),
  affected: z.array(z.string()).describe('Ids of the activities and people the problems are about'),
  changedSpec: z.string().optional(),
};

type Deltas = z.infer<typeof deltasSchema>;

export const whatIfTool: ToolDefinition<typeof input, typeof output> = {
  name: 'what_if',
  config: {
    title: 'What if: compare a plan before and after changes',
    description:
      'Applies changes to a spec (add or remove a person with skills and availability, change an estimate, move the deadline or the start, cut or re-prioritise a task, add a risk, change or remove a freeze), plans both with the same seed and options, and returns the facts before and after with the deltas (finish, P(on time), verdict, critical path, over-allocations). A change naming an unknown id is refused with the closest id; when the changed plan breaks elsewhere (work assigned to a removed person), the problems are returned instead of the after facts.',
    inputSchema: input,
    outputSchema: output,
    annotations: READ_ONLY,
  },
  handler({ spec, changes, options, returnSpec }) {
    const before = runSpec(spec, options);
    if (!before.ok) return specRefusal(before.diagnostics);
    const applied = applyChanges(spec, changes);
    if (!applied.ok) return refusal(`The changes were not applied: ${applied.message}`);
    const after = runSpec(applied.text, options);
    const changedSpec = returnSpec ? { changedSpec: applied.text } : {};
    if (after.ok) {
      const deltas = compare(before.facts, after.facts);
      return answer(deltasLine(deltas, after.facts), { before: before.facts, after: after.facts, deltas, problems: [], affected: [], ...changedSpec });
    }
    const errors = after.raw.map((d, i) => ({ raw: d, shown: after.diagnostics[i] })).filter((d) => d.raw.severity === 'error');
    // An error in what a change wrote is a wrong change; an error elsewhere is what the change did to the plan.
    const wroteIt = (path: Diagnostic['path']) => applied.wrote.findIndex((paths) => paths.some((p) => within(path, p)));
    const own = errors.find((e) => wroteIt(e.raw.path) >= 0);
    if (own) {
      const index = wroteIt(own.raw.path);
      return refusal(`The changes were not applied: change ${index + 1} (${changes[index].change}) gives an invalid spec:`, [own.shown]);
    }
    const problems = errors.map((e) => e.shown);
    const affected = [...new Set(errors.map((e) => (e.raw.path ? applied.idAt(e.raw.path) : undefined)).filter((id): id is string => id !== undefined))];
    return answer(`After the changes the plan cannot be scheduled:\n${diagnosticLines(problems)}`, { before: before.facts, after: null, deltas: null, problems, affected, ...changedSpec });
  },
};

function moved(a: string, b: string): 'earlier' | 'same' | 'later' {
  return b < a ? 'earlier' : b > a ? 'later' : 'same';
}

function compare(b: PlanFacts, a: PlanFacts): Deltas {
  const pb = b.pOnTime?.probability ?? null;
  const pa = a.pOnTime?.probability ?? null;
  return {
    finish: { before: b.finish, after: a.finish, moved: moved(b.finish, a.finish) },
    makespanSlots: a.makespan - b.makespan,
    forecastFinish: { before: b.forecastFinish.date, after: a.forecastFinish.date, moved: moved(b.forecastFinish.date, a.forecastFinish.date) },
    pOnTime: { before: pb, after: pa, change: pb !== null && pa !== null ? Math.round((pa - pb) * 10000) / 10000 : null },
    verdict: { before: b.verdict.status, after: a.verdict.status },
    criticalPath: { added: a.criticalPath.filter((id) => !b.criticalPath.includes(id)), removed: b.criticalPath.filter((id) => !a.criticalPath.includes(id)) },
    overAllocations: { before: b.overAllocations.length, after: a.overAllocations.length },
  };
}

function deltasLine(d: Deltas, after: PlanFacts): string {
  const finish = d.finish.moved === 'same' ? `The planned finish stays ${d.finish.after}` : `The planned finish moves ${d.finish.moved}, ${d.finish.before} -> ${d.finish.after}`;
  const p = d.pOnTime.before !== null && d.pOnTime.after !== null ? `; P(on time) ${percent(d.pOnTime.before)} -> ${percent(d.pOnTime.after)}` : '';
  return `${finish}${p}; verdict ${d.verdict.before} -> ${d.verdict.after}.\nAfter: ${factsLine(after)}`;
}

