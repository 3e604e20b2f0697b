/** The inputs every tool shares: the spec text and the run options, limited for a conversation. */
import { z } from 'zod';
import { planOptionsSchema } from '../api/index.js';
import { MCP_MAX_BASELINE_CHARS, MCP_MAX_ITERATIONS, MCP_MAX_SCHEDULES, MCP_MAX_SPEC_CHARS, MCP_MAX_STATUS_CHARS, MCP_MAX_TIME_SECONDS } from './limits.js';

export const specInput = z
  .string()
  .max(MCP_MAX_SPEC_CHARS, `the spec is longer than ${MCP_MAX_SPEC_CHARS.toLocaleString('en-US')} characters, the most one call takes; a plan written by people is a few kilobytes`)
  .describe('The plan spec as YAML or JSON text (JSON Schema: resource execplan://schema/spec; examples: execplan://examples/launch)');

export const statusInput = z
  .string()
  .max(MCP_MAX_STATUS_CHARS, `the status is longer than ${MCP_MAX_STATUS_CHARS.toLocaleString('en-US')} characters, the most one call takes`)
  .optional()
  .describe('Where the plan stands: a status file as YAML text (as_of, done and in-progress tasks, gates, risks; docs/tracking.md). The plan is re-planned from as_of, and estimates learn from the finished work');

export const baselineInput = z
  .string()
  .max(MCP_MAX_BASELINE_CHARS, `the baseline is longer than ${MCP_MAX_BASELINE_CHARS.toLocaleString('en-US')} characters, the most one call takes`)
  .optional()
  .describe('An earlier JSON plan of this spec (the `json` this tool returned, or `execplan plan --format json`), to report the slip against: variances, finish drift and its causes, added and removed work, SPI');

/** The plan options of src/api/options.ts, with the work of one call capped (limits.ts). */
export const runOptionsInput = planOptionsSchema
  .pick({ seed: true, confidence: true, distribution: true, correlation: true })
  .extend({
    iterations: z
      .number()
      .int()
      .min(0)
      .max(MCP_MAX_ITERATIONS, `iterations must be at most ${MCP_MAX_ITERATIONS.toLocaleString('en-US')} in one call`)
      .optional()
      .describe('Monte Carlo iterations (default 2000; 0 skips the forecast)'),
    schedules: z
      .number()
      .int()
      .min(1)
      .max(MCP_MAX_SCHEDULES, `schedules must be at most ${MCP_MAX_SCHEDULES.toLocaleString('en-US')} in one call`)
      .optional()
      .describe('Budget of generated schedules for the search (default 1000)'),
    time: z
      .number()
      .gt(0)
      .max(MCP_MAX_TIME_SECONDS, `time must be at most ${MCP_MAX_TIME_SECONDS} seconds in one call`)
      .optional()
      .describe('Most seconds the search may take, then the best schedule so far; the plan then depends on the machine speed (without it, same seed and options give the same plan)'),
  })
  .strict()
  .optional()
  .describe('Options of the run; the same seed and options give the same plan');

export type RunOptions = z.input<typeof runOptionsInput>;
