/**
 * The headline facts of a plan, as the tools return them: read from the JSON contract
 * (docs/json.md) the pipeline renders, so the MCP server states nothing the JSON does not.
 */
import { z } from 'zod';
import type { planDocument } from '../api/index.js';

export type PlanDocument = ReturnType<typeof planDocument>;

export const factsSchema = z.object({
  plan: z.string(),
  unit: z.enum(['day', 'hour']).describe('What a slot is: a working day or a working hour'),
  verdict: z.object({ status: z.enum(['on-track', 'at-risk', 'late', 'no-deadline']), reason: z.string() }),
  start: z.string(),
  finish: z.string().describe('Planned finish on likely estimates'),
  makespan: z.number().describe('Planned length in working slots'),
  forecastFinish: z.object({ date: z.string(), offset: z.number(), basis: z.enum(['forecast', 'plan']), p: z.number().nullable() }).describe('The finish at the target confidence (forecast) or the plan'),
  deadline: z.object({ date: z.string(), hard: z.boolean() }).nullable(),
  delivery: z.object({ date: z.string(), reason: z.string(), freezes: z.array(z.string()) }).nullable().describe('The effective delivery date and why it differs from the deadline'),
  onTime: z.boolean().nullable(),
  pOnTime: z.object({ probability: z.number(), by: z.string(), target: z.number() }).nullable(),
  slotsToDelivery: z.number().nullable(),
  bufferPercent: z.number().nullable(),
  criticalPath: z.array(z.string()),
  criticalPathLength: z.number(),
  overAllocations: z.array(z.object({ resource: z.string(), week: z.string(), used: z.number(), available: z.number() })),
  unscheduled: z.array(z.object({ id: z.string(), reason: z.string() })),
});

export type PlanFacts = z.infer<typeof factsSchema>;

export function planFacts(doc: PlanDocument): PlanFacts {
  const s = doc.summary;
  return {
    plan: doc.plan.name,
    unit: doc.plan.unit,
    verdict: s.verdict,
    start: s.start,
    finish: s.finish,
    makespan: s.makespan,
    forecastFinish: s.forecastFinish,
    deadline: s.deadline,
    delivery: s.delivery ? { date: s.delivery.date, reason: s.delivery.reason, freezes: [...s.delivery.freezes] } : null,
    onTime: s.onTime,
    pOnTime: s.pOnTime,
    slotsToDelivery: s.slotsToDelivery,
    bufferPercent: s.bufferPercent,
    criticalPath: [...s.criticalPath],
    criticalPathLength: s.criticalPathLength,
    overAllocations: doc.load.byResource.flatMap((r) => r.perWeek.filter((w) => w.overAllocated).map((w) => ({ resource: r.resource, week: w.week, used: w.used, available: w.available }))),
    unscheduled: doc.unscheduled.map((u) => ({ id: u.id, reason: u.reason })),
  };
}

/** One line an assistant can read out: verdict, finish, delivery and the chance of it. */
export function factsLine(f: PlanFacts): string {
  const parts = [`${f.plan}: ${f.verdict.status} (${f.verdict.reason})`, `planned finish ${f.finish}`];
  if (f.delivery) parts.push(`delivery ${f.delivery.date}`);
  if (f.pOnTime) parts.push(`P(on time by ${f.pOnTime.by}) ${percent(f.pOnTime.probability)} (target ${percent(f.pOnTime.target)})`);
  if (f.forecastFinish.basis === 'forecast' && f.forecastFinish.p !== null) parts.push(`P${Math.round(f.forecastFinish.p * 100)} finish ${f.forecastFinish.date}`);
  return `${parts.join('; ')}.`;
}

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
