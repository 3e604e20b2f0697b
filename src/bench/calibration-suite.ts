/**
 * Calibration bench: does the forecast tell the truth, and does learning from finished work make
 * it more honest? Simulated teams whose estimators have known biases and noise (optimistic,
 * accurate, pessimistic) run projects to completion in simulation, following the plan execplan
 * made for them with the work each task truly takes; the plan is forecast at the
 * start from the estimates as written, and re-forecast from status snapshots taken when 25% and
 * 50% of the true duration has passed, with the estimates as written ("raw") and through the
 * learned ratios. Coverage is the share of projects whose true finish falls at or before the
 * forecast's P50, P80 and P95.
 */
import { runPlanSync } from '../api/index.js';
import { buildCalendar, type WorkCalendar } from '../calendar/index.js';
import type { Activity, Model, Resource } from '../model/index.js';
import { emptyModel } from '../model/index.js';
import { generalSchedule, type Schedule } from '../schedule/index.js';
import { BASE_VARIANT, buildSimulation, samplingPlan } from '../forecast/index.js';
import { createRandom, randomInt, type Random } from './prng.js';
import { formatTable } from './table.js';

export const CALIBRATION_PROJECTS = 500;
export const CALIBRATION_QUICK_PROJECTS = 60;
const ITERATIONS = 400;
const SNAPSHOTS = [0.25, 0.5] as const;
const PERCENTILES = [0.5, 0.8, 0.95] as const;
/** Estimator biases (actual / estimate) the teams are drawn from, and their noise (sd of log). */
const BIASES = [0.8, 1.0, 1.0, 1.3, 1.6];
const NOISE = [0.1, 0.2, 0.3];

interface Project {
  readonly model: Model;
  /** The true work of each task, by id. */
  readonly actual: ReadonlyMap<string, number>;
  /** The model with each task's true work. */
  readonly truthModel: Model;
}

export interface CalibrationRow {
  readonly when: string;
  readonly forecast: 'raw' | 'learned';
  readonly projects: number;
  /** Share of projects finishing at or before P50, P80, P95. */
  readonly coverage: readonly number[];
}

export interface CalibrationResult {
  readonly projects: number;
  readonly iterations: number;
  readonly rows: readonly CalibrationRow[];
}

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A team of 4 with hidden biases, 16-24 effort tasks in 3-4 streams with cross links. */
function generate(seed: number): Project {
  const random = createRandom(seed);
  const people: Resource[] = Array.from({ length: 4 }, (_, k) => ({ id: `p${k}`, name: `Person ${k}`, kind: 'person', skills: [], capacity: 1, availability: 1, timeOff: [], commitments: [], path: ['team', k] }));
  const bias = people.map(() => BIASES[randomInt(random, 0, BIASES.length - 1)]);
  const noise = people.map(() => NOISE[randomInt(random, 0, NOISE.length - 1)]);
  const n = randomInt(random, 16, 24);
  const activities: Activity[] = [];
  const actual = new Map<string, number>();
  for (let j = 0; j < n; j++) {
    const who = randomInt(random, 0, people.length - 1);
    const likely = randomInt(random, 1, 5);
    const deps = j === 0 ? [] : [{ from: `t${randomInt(random, Math.max(0, j - 6), j - 1)}`, type: 'FS' as const, lag: 0 }];
    activities.push({
      id: `t${j}`, title: `Task ${j}`, type: 'task', work: { mode: 'effort', amount: likely },
      estimate: { optimistic: likely * 0.75, likely, pessimistic: likely * 1.75 },
      deps, demands: [{ resource: people[who].id, skills: [], units: 1 }], priority: 'must', uncertainty: 'medium', splittable: false, path: ['tasks', j],
    });
    actual.set(`t${j}`, Math.max(0.25, likely * bias[who] * Math.exp(noise[who] * normal(random))));
  }
  const model: Model = { ...emptyModel(`calibration ${seed}`, '2025-01-06', { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes: [] }), resources: people, activities };
  const truthModel: Model = { ...model, activities: activities.map((a) => ({ ...a, work: { mode: 'effort', amount: actual.get(a.id)! }, estimate: undefined })) };
  return { model, actual, truthModel };
}

/**
 * The project as it really runs: the team follows its plan (the order in which it starts the
 * work, the people it gave it to), and the work takes what it truly takes. This is what the
 * forecast assumes (src/forecast/setup.ts); a truth re-scheduled with hindsight of the true work
 * would measure the search's luck instead (ratios known exactly then covered 85% at P80, and with
 * a one-pass schedule 55-62%).
 */
function followPlan(plan: Schedule, truthModel: Model): Schedule {
  const sampling = samplingPlan(truthModel, { seed: 1, distribution: 'pert', correlation: 0 });
  const sim = buildSimulation({ model: truthModel, schedule: plan, schedules: 1, seed: 1 }, sampling, BASE_VARIANT).simulation!;
  sim.decoder.decode(sim.list, true);
  return generalSchedule(sim.problem, sim.decoder);
}

/** The status at slot t of the true run: done work with its dates, work under way with what its person reports left. */
function statusAt(project: Project, truth: Schedule, calendar: WorkCalendar, t: number): string {
  const lines = [`as_of: ${calendar.slotEnd(t - 1)}`, 'tasks:'];
  for (const s of truth.activities) {
    const a = project.model.activities.find((x) => x.id === s.id)!;
    const by = a.demands[0].resource;
    // Finished work logs the effort it really took, as a team that tracks time does.
    if (s.finish <= t) lines.push(`  ${s.id}: { started: ${calendar.slotStart(s.start)}, done: ${calendar.slotEnd(s.finish - 1)}, by: ${by}, effort: ${project.actual.get(s.id)!.toFixed(2)} }`);
    else if (s.start < t) {
      // The person reports the share of their estimate the work still feels like: true share left times the estimate.
      const left = (s.finish - t) / (s.finish - s.start);
      const likely = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
      lines.push(`  ${s.id}: { started: ${calendar.slotStart(s.start)}, remaining: ${Math.max(0.05, likely * left).toFixed(2)}, by: ${by} }`);
    }
  }
  return lines.join('\n') + '\n';
}

function offsets(points: readonly { p: number; offset: number }[]): number[] {
  return PERCENTILES.map((p) => points.find((x) => Math.abs(x.p - p) < 1e-9)!.offset);
}

export function runCalibration(projects: number, seed: number, progress: (line: string) => void): CalibrationResult {
  const hits = new Map<string, { n: number; covered: number[] }>();
  const count = (key: string, finish: number, points: readonly number[]) => {
    const h = hits.get(key) ?? { n: 0, covered: [0, 0, 0] };
    h.n++;
    points.forEach((p, k) => (h.covered[k] += finish <= p ? 1 : 0));
    hits.set(key, h);
  };
  for (let i = 0; i < projects; i++) {
    if (i % 50 === 0) progress(`calibration: project ${i + 1} of ${projects}`);
    const project = generate(seed * 100_003 + i);
    const options = { iterations: ITERATIONS, schedules: 50, seed: i + 1, formats: [] };
    const planned = runPlanSync({ model: project.model }, options).result!;
    const truth = followPlan(planned.schedule, project.truthModel);
    const finish = truth.makespan;
    count('start|raw', finish, offsets(planned.forecast!.percentiles));
    const calendar = buildCalendar(project.model);
    for (const share of SNAPSHOTS) {
      const t = Math.max(1, Math.round(finish * share));
      const run = runPlanSync({ model: project.model, status: { text: statusAt(project, truth, calendar, t) } }, options);
      const f = run.result!.forecast!;
      // Without a finished task there is nothing to learn: the forecast is the estimates as written.
      count(`${share * 100}%|raw`, finish, offsets(f.learning?.raw ?? f.percentiles));
      count(`${share * 100}%|learned`, finish, offsets(f.learning?.learned ?? f.percentiles));
    }
  }
  const rows = [...hits.entries()].map(([key, h]): CalibrationRow => {
    const [when, forecast] = key.split('|');
    return { when: when === 'start' ? 'plan start' : `${when} elapsed`, forecast: forecast as 'raw' | 'learned', projects: h.n, coverage: h.covered.map((c) => Math.round((1000 * c) / h.n) / 1000) };
  });
  return { projects, iterations: ITERATIONS, rows };
}

export function formatCalibrationTable(r: CalibrationResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return formatTable(['forecast from', 'estimates', 'projects', 'P50 coverage', 'P80 coverage', 'P95 coverage'], r.rows.map((row) => [row.when, row.forecast, String(row.projects), ...row.coverage.map(pct)]));
}
