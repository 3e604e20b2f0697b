/** Test helpers: plans for the HTML report's tests, through the real loader and scheduler. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanResult } from '../../../analyse/index.js';
import { planModel } from '../../../api/index.js';
import { generateProject } from '../../../bench/generate.js';
import type { Forecast } from '../../../forecast/index.js';
import { loadSpec } from '../../../spec/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Plans a spec file given relative to the repository root (e.g. `examples/launch.yaml`). */
export function planFile(path: string): PlanResult {
  return planYaml(readFileSync(resolve(root, path), 'utf8'), path);
}

/** Plans a spec given as YAML text; `name` says which in errors. */
export function planYaml(yaml: string, name = 'the spec'): PlanResult {
  const loaded = loadSpec(yaml);
  if (!loaded.model) throw new Error(`${name} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const outcome = planModel(loaded.model, {}, loaded.diagnostics);
  if (!outcome.result) throw new Error(`${name} does not plan: ${outcome.diagnostics.map((d) => d.message).join('; ')}`);
  return outcome.result;
}

/** A generated project of `tasks` tasks (src/bench/generate.ts), scheduled with one schedule. */
export function planGenerated(tasks: number, seed = 1): PlanResult {
  const outcome = planModel(generateProject({ tasks, seed }), { schedules: 1, seed });
  if (!outcome.result) throw new Error(`generated project of ${tasks} tasks does not plan`);
  return outcome.result;
}

/**
 * A hand-made forecast that satisfies src/forecast/types.ts for a plan: a bell-shaped spread
 * from the deterministic finish, two risk drivers and a scope fit, so the report's confidence
 * views can be tested before (and independently of) the Monte Carlo engine.
 */
export function sampleForecast(result: PlanResult): Forecast {
  const cal = result.calendar;
  const base = result.schedule.makespan;
  const point = (offset: number) => ({ offset, date: cal.slotEnd(Math.max(0, offset - 1)) });
  const counts = [5, 20, 60, 120, 180, 200, 160, 120, 70, 40, 20, 5];
  const histogram = counts.map((count, i) => ({ from: base - 2 + i, to: base - 1 + i, count }));
  const iterations = counts.reduce((a, b) => a + b, 0);
  let seen = 0;
  const cumulative = histogram.map((b) => {
    seen += b.count;
    return { ...point(b.to), probability: seen / iterations };
  });
  const at = (p: number) => cumulative.find((c) => c.probability >= p)!.offset;
  const risks = result.model.risks.slice(0, 2);
  const task = result.model.activities.find((a) => a.priority === 'should');
  const target = result.model.deadline?.confidence ?? 0.8;
  const ps = [...new Set([0.5, 0.8, target, 0.95])].sort((a, b) => a - b);
  return {
    iterations,
    precision: { confidence: 0.95, converged: true, cap: iterations, floor: Math.min(250, iterations), percentiles: [] },
    seed: 1,
    distribution: 'pert',
    correlation: 0,
    targetConfidence: target,
    deterministic: point(base),
    percentiles: ps.map((p) => ({ p, ...point(at(p)) })),
    mean: base + 3,
    onTimeProbability: result.model.deadline ? 0.62 : undefined,
    histogram,
    cumulative,
    tasks: result.schedule.activities.map((s, i) => ({ id: s.id, criticality: i % 3 === 0 ? 0.9 : 0.1, sensitivity: i % 3 === 0 ? 0.5 : 0.05 })),
    riskDrivers: risks.map((r, i) => ({ riskId: r.id, title: r.title, probability: 0.3, p80Impact: 4 - i * 2, meanImpact: 3 - i })),
    mergePoints: [],
    buffer: { toP50: at(0.5) - base, toP80: at(0.8) - base, toP95: at(0.95) - base, criticalChain: 4.2, warnings: ['Buffer to the deadline is under 10% of the plan'] },
    scopeFit: {
      needed: true,
      reachesTarget: true,
      cuts: task ? [{ id: task.id, title: task.title, priority: 'should', dependents: [] }] : [],
      probabilityBefore: 0.62,
      probabilityAfter: 0.91,
      runsAfter: 1000,
      halfWidthAfter: 0.0178,
      fixedGoalsAtRisk: [],
    },
  };
}
