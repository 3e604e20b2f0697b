/**
 * The status file's shape: the one source of its types and of its JSON Schema. Like the spec's
 * schema it checks structure and formats only; what the values mean against the plan (known ids,
 * dates in order, progress that can be) is `checks.ts`'s job.
 */
import * as z from 'zod';
import { date, duration, id } from '../schema.js';

const text = z.string();
const people = z.union([id, z.array(id).min(1)]);

/** 40, "40%": a share of the work done, 0..100. */
const percent = z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?%$/)]);

export const taskStatus = z.strictObject({
  done: date.optional().meta({ description: 'Finished: the last day of work, inclusive.' }),
  started: date.optional().meta({ description: 'The first day of work.' }),
  remaining: duration.optional().meta({ description: 'Work still to do, in the task\'s own terms (effort or duration).' }),
  percent: percent.optional().meta({ description: 'Share of the work done, 0-100 (40 or "40%").' }),
  blocked: text.optional().meta({ description: 'Why the work cannot go on.' }),
  until: date.optional().meta({ description: 'The blocked work can go on after this day.' }),
  effort: duration.optional().meta({ description: 'Effort really spent so far.' }),
  by: people.optional().meta({ description: 'Who did it or does it: a team id, or several.' }),
  note: text.optional(),
});

export const gateStatus = z.strictObject({
  passed: date.optional(),
  failed: date.optional(),
  note: text.optional(),
});

export const riskStatus = z.strictObject({
  occurred: date.optional().meta({ description: 'The risk happened on this day.' }),
  delay: duration.optional().meta({ description: 'The delay it really caused, added to its affected work not yet done.' }),
  mitigated: date.optional(),
  closed: date.optional(),
  note: text.optional(),
});

/** One finished task of an earlier plan, for estimates that learn (docs/tracking.md). */
export const historyEntry = z.strictObject({
  by: people.meta({ description: 'Who did it: a team id of this plan, or several.' }),
  estimate: duration.meta({ description: 'What it was estimated at (the likely amount).' }),
  actual: duration.meta({ description: 'What it really took.' }),
  plan: text.optional().meta({ description: 'The earlier plan it came from, for the reader.' }),
  task: text.optional().meta({ description: 'The task it was, for the reader.' }),
});

export const statusSchema = z
  .strictObject({
    as_of: date.meta({ description: 'The day the status describes, through its end (or the instant, in hour plans).' }),
    tasks: z.record(z.string(), taskStatus).default({}).meta({ description: 'Tasks and external items by id.' }),
    gates: z.record(z.string(), gateStatus).default({}),
    risks: z.record(z.string(), riskStatus).default({}),
    history: z.array(historyEntry).default([]).meta({ description: 'Finished tasks of earlier plans (estimate, actual, who): each person\'s estimates learn from them beside this plan\'s finished work.' }),
  })
  .meta({ title: 'execplan status', description: 'Where a plan stands: what is done, in progress or blocked, and how gates and risks turned out.' });

export type StatusSpec = z.output<typeof statusSchema>;
export type TaskStatusSpec = z.output<typeof taskStatus>;
export type GateStatusSpec = z.output<typeof gateStatus>;
export type RiskStatusSpec = z.output<typeof riskStatus>;
export type HistoryEntrySpec = z.output<typeof historyEntry>;
