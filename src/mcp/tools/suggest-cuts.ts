/** suggest_cuts: what to cut, or whom to add, to reach a target confidence: the forecast's scope fit. */
import { z } from 'zod';
import { factsSchema, percent } from '../facts.js';
import { runOptionsInput, specInput } from '../inputs.js';
import { answer, refusal, runSpec, specRefusal } from '../run.js';
import { READ_ONLY, type ToolDefinition } from './tool.js';

const input = {
  spec: specInput,
  target: z.number().gt(0).max(1).optional().describe("Target chance of delivering in time, above 0 and at most 1 (default: the deadline's confidence)"),
  options: runOptionsInput,
};

const capacityAsk = z.object({ skill: z.string(), people: z.number().int(), probability: z.number(), runs: z.number().int().describe('Runs it took to settle whether the target is reached'), halfWidth: z.number().describe('Half-width of the 95% interval of probability') });

const output = {
  facts: factsSchema,
  target: z.number(),
  needed: z.boolean().describe('False when the plan already reaches the target: nothing to cut'),
  reachesTarget: z.boolean().describe('Whether the cuts reach the target'),
  probabilityBefore: z.number(),
  probabilityAfter: z.number().describe('P(on time) with the cuts made'),
  cuts: z.array(z.object({ id: z.string(), title: z.string(), priority: z.enum(['should', 'could']), dependents: z.array(z.string()).describe('Work cut with it because it depends on it') })),
  dateAtTarget: z.object({ date: z.string(), offset: z.number() }).nullable().describe('When cuts cannot make it: the date the must-haves reach the target'),
  extraCapacity: z.array(capacityAsk).describe('When cuts cannot make it: extra people by skill that would'),
  bestCapacity: capacityAsk.nullable().describe('When no single skill reaches it: the most the largest tried addition achieves'),
  fixedGoalsAtRisk: z.array(z.string()),
  mustsFit: z.boolean().describe('Whether the must-have work alone fits before the delivery date on likely estimates'),
};

export const suggestCutsTool: ToolDefinition<typeof input, typeof output> = {
  name: 'suggest_cuts',
  config: {
    title: 'Suggest scope cuts or capacity',
    description:
      "Finds the smallest set of should/could work whose removal (with what depends on it) lifts P(on time) to the target, re-forecasting each candidate with the real scheduler; when must-haves alone cannot make it, says which date they reach and how many more people of which skill would. Needs a deadline and a forecast (iterations > 0).",
    inputSchema: input,
    outputSchema: output,
    annotations: READ_ONLY,
  },
  handler({ spec, target, options }) {
    if (options?.iterations === 0) return refusal('suggest_cuts needs the forecast: give iterations above 0, or leave it out.');
    const planned = runSpec(spec, { ...options, ...(target !== undefined ? { confidence: target } : {}) });
    if (!planned.ok) return specRefusal(planned.diagnostics);
    const forecast = planned.doc.forecast;
    const fit = forecast?.scopeFit;
    if (!forecast || !fit) return refusal('The plan has no deadline, so there is no target to reach; add a deadline to the spec.');
    const structured = {
      facts: planned.facts,
      target: forecast.targetConfidence,
      needed: fit.needed,
      reachesTarget: fit.reachesTarget,
      probabilityBefore: fit.probabilityBefore,
      probabilityAfter: fit.probabilityAfter,
      cuts: fit.cuts.map((c) => ({ id: c.id, title: c.title, priority: c.priority, dependents: [...c.dependents] })),
      dateAtTarget: fit.dateAtTarget,
      extraCapacity: fit.extraCapacity.map((c) => ({ ...c })),
      bestCapacity: fit.bestCapacity,
      fixedGoalsAtRisk: [...fit.fixedGoalsAtRisk],
      mustsFit: planned.doc.summary.musts.fit,
    };
    return answer(cutsLine(structured), structured);
  },
};

function cutsLine(s: { target: number; needed: boolean; reachesTarget: boolean; probabilityBefore: number; probabilityAfter: number; cuts: readonly { id: string }[]; extraCapacity: readonly { skill: string; people: number }[]; dateAtTarget: { date: string } | null }): string {
  if (!s.needed) return `The plan already reaches the target: P(on time) ${percent(s.probabilityBefore)} >= ${percent(s.target)}. Nothing to cut.`;
  const cuts = s.cuts.length > 0 ? `cutting ${s.cuts.map((c) => c.id).join(', ')} gives ${percent(s.probabilityAfter)}` : 'no should/could work to cut';
  if (s.reachesTarget) return `P(on time) is ${percent(s.probabilityBefore)}, below the target ${percent(s.target)}; ${cuts}, which reaches it.`;
  const people = s.extraCapacity.length > 0 ? ` Adding ${s.extraCapacity.map((c) => `${c.people} ${c.skill}`).join(' or ')} would reach it.` : '';
  const date = s.dateAtTarget ? ` The must-haves reach the target by ${s.dateAtTarget.date}.` : '';
  return `P(on time) is ${percent(s.probabilityBefore)}, below the target ${percent(s.target)}; ${cuts}, short of it.${date}${people}`;
}
