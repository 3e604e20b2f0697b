/**
 * The part of execplan's JSON contract (docs/json.md, version 2) a baseline is read from. Only
 * the fields the slip analysis uses are required; everything else is ignored, so any version-2
 * output serves, whichever later fields it carries.
 */
import { z } from 'zod';
import { parseInstant } from '../../calendar/index.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/;

function isRealDate(text: string): boolean {
  try {
    parseInstant(text);
    return true;
  } catch {
    return false;
  }
}

const date = z.string({ error: 'expected a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)' }).refine((s) => ISO.test(s) && isRealDate(s), 'expected a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)');
const offset = z.number({ error: 'expected a whole number of slots' }).int('expected a whole number of slots').min(0, 'expected a whole number of slots >= 0');
const amount = z.number({ error: 'expected a number' }).min(0, 'expected a number >= 0').finite();
const text = z.string({ error: 'expected a string' });
const priority = z.enum(['must', 'should', 'could', 'wont'], { error: 'expected must, should, could or wont' });

const estimate = z.object({ optimistic: amount, likely: amount, pessimistic: amount });

const work = z.object({
  mode: z.enum(['effort', 'duration'], { error: 'expected effort or duration' }),
  amount,
  booked: amount,
});

const task = z
  .object({
    id: text,
    title: text,
    type: z.enum(['task', 'external', 'gate', 'milestone'], { error: 'expected task, external, gate or milestone' }),
    priority,
    start: date,
    finish: date,
    startOffset: offset,
    finishOffset: offset,
    assignees: z.array(text, { error: 'expected a list of resource ids' }),
    critical: z.boolean({ error: 'expected true or false' }),
    work: work.nullable().optional(),
    estimate: estimate.nullable().optional(),
  })
  .refine((t) => t.finishOffset >= t.startOffset, { message: 'finishOffset is before startOffset', path: ['finishOffset'] });

export const baselineDocumentSchema = z.object({
  format: z.literal('execplan.plan'),
  version: z.literal(2),
  plan: z.object({
    name: text,
    unit: z.enum(['day', 'hour'], { error: 'expected day or hour' }),
    start: date,
    schedules: z.number().int().optional(),
    seed: z.number().int().optional(),
  }),
  summary: z.object({
    finish: date,
    makespan: offset,
    criticalPath: z.array(text, { error: 'expected a list of activity ids' }),
  }),
  tasks: z.array(task, { error: 'expected the list of scheduled activities' }),
  unscheduled: z.array(z.object({ id: text, title: text, priority })).optional(),
});

export type BaselineDocument = z.output<typeof baselineDocumentSchema>;
