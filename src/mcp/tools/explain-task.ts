/** explain_task: why one task is scheduled when it is, read from the plan's driver analysis. */
import { z } from 'zod';
import { closestId, waitedForText } from '../../api/index.js';
import { runOptionsInput, specInput } from '../inputs.js';
import { answer, refusal, runSpec, specRefusal, type SpecRun } from '../run.js';
import { READ_ONLY, type ToolDefinition } from './tool.js';

const input = {
  spec: specInput,
  task: z.string().max(200).describe('The id of a task, external item, gate or milestone'),
  options: runOptionsInput,
};

const linkType = z.enum(['FS', 'SS', 'FF', 'SF']);

/** The JSON contract's `tasks[].drivenBy` (docs/json.md). */
const driverSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('link'), from: z.string(), type: linkType, lag: z.number() }),
  z.object({ kind: z.literal('handoff'), from: z.string(), resource: z.string() }),
  z.object({ kind: z.literal('calendar'), resource: z.string(), cause: z.enum(['off', 'committed']) }),
  z.object({ kind: z.literal('freeze'), freeze: z.string() }),
  z.object({ kind: z.literal('date'), constraint: z.enum(['not-before', 'on']) }),
  z.object({ kind: z.literal('status'), cause: z.enum(['as-of', 'blocked']) }),
  z.object({ kind: z.literal('none') }),
]);

const output = {
  id: z.string(),
  title: z.string(),
  type: z.string(),
  priority: z.string(),
  scheduled: z.boolean(),
  unscheduledReason: z.enum(['wont', 'dropped']).optional().describe('Why it is not in the schedule: marked wont, or dropped'),
  start: z.string().optional(),
  finish: z.string().optional(),
  assignees: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  drivenBy: driverSchema.optional().describe('What held it until it started: a predecessor link, a hand-over of a person or pool, a calendar (time off, other commitments), a freeze, the plan start'),
  waitedFor: z.string().optional().describe('drivenBy in words'),
  critical: z.boolean().optional().describe('A chain of driving constraints leads from it to the finish'),
  totalFloat: z.number().optional().describe('Working slots it may slip without moving the finish'),
  freeFloat: z.number().optional().describe('Working slots it may slip without moving any successor'),
  unit: z.enum(['day', 'hour']),
  criticality: z.number().nullable().describe('Share of forecast runs in which it was critical; null without a forecast'),
  sensitivity: z.number().nullable().describe('Correlation of its duration with the finish over the forecast; null without a forecast'),
  explanation: z.string(),
};

export const explainTaskTool: ToolDefinition<typeof input, typeof output> = {
  name: 'explain_task',
  config: {
    title: 'Explain when a task is scheduled',
    description:
      'Plans the spec and explains one task: when it runs and who does it, what held it until it started (the driving predecessor, the person or pool it waited for, the calendar or freeze that held it), its total and free float, whether it is critical, and how often it was critical across the forecast.',
    inputSchema: input,
    outputSchema: output,
    annotations: READ_ONLY,
  },
  handler({ spec, task, options }) {
    const planned = runSpec(spec, options);
    if (!planned.ok) return specRefusal(planned.diagnostics);
    const explained = explain(planned, task);
    return typeof explained === 'string' ? refusal(explained) : answer(explained.explanation, explained);
  },
};

function explain(planned: Extract<SpecRun, { ok: true }>, id: string) {
  const { doc, run } = planned;
  const entry = doc.tasks.find((t) => t.id === id);
  const unscheduled = doc.unscheduled.find((u) => u.id === id);
  if (!entry && !unscheduled) {
    const known = [...doc.tasks.map((t) => t.id), ...doc.unscheduled.map((u) => u.id)];
    const near = closestId(id, known);
    return `No task, external item, gate or milestone has id "${id}"${near ? `; did you mean "${near}"?` : ''}`;
  }
  const unit = doc.plan.unit;
  const uncertainty = doc.forecast?.tasks.find((t) => t.id === id);
  const forecast = { criticality: uncertainty?.criticality ?? null, sensitivity: uncertainty?.sensitivity ?? null };
  if (!entry) {
    const u = unscheduled!;
    const why = u.reason === 'wont' ? 'it is marked wont (listed, never scheduled)' : 'it was dropped from the schedule';
    return { id, title: u.title, type: 'task', priority: u.priority, scheduled: false, unscheduledReason: u.reason as 'wont' | 'dropped', assignees: [], unit, ...forecast, explanation: `${u.title} (${id}) is not scheduled: ${why}.` };
  }
  const people = entry.assignees.map((r) => {
    const resource = doc.resources.find((x) => x.id === r);
    return { id: r, name: resource?.name ?? r, kind: resource?.kind ?? 'person' };
  });
  const waitedFor = waitedForText(run.analysis!, id) ?? 'the schedule';
  const slots = (n: number) => `${n} working ${unit}${n === 1 ? '' : 's'}`;
  const who = people.length > 0 ? ` by ${people.map((p) => p.name).join(', ')}` : '';
  const criticalText = entry.critical ? 'It is critical: any slip moves the finish' : `It has ${slots(entry.totalFloat)} of total float and ${slots(entry.freeFloat)} of free float`;
  const waited = entry.drivenBy.kind === 'start' ? 'It starts at the plan start' : `It waited for ${waitedFor}`;
  const explanation = `${entry.title} (${id}) runs ${entry.start} to ${entry.finish}${who}. ${waited}. ${criticalText}.${forecast.criticality !== null ? ` It was critical in ${Math.round(forecast.criticality * 100)}% of forecast runs.` : ''}`;
  return {
    id,
    title: entry.title,
    type: entry.type,
    priority: entry.priority,
    scheduled: true,
    start: entry.start,
    finish: entry.finish,
    assignees: people,
    drivenBy: entry.drivenBy,
    waitedFor,
    critical: entry.critical,
    totalFloat: entry.totalFloat,
    freeFloat: entry.freeFloat,
    unit,
    ...forecast,
    explanation,
  };
}
