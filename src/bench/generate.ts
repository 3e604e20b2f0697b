/**
 * Generates realistic, seeded projects for benchmarks (constrained scheduling, TaskJuggler side
 * by side, later Monte Carlo and HTML): pure, so the same options give the same Model anywhere.
 *
 * Shape, chosen to look like a real portfolio rather than a random DAG:
 * - tasks come in epics of ~20; each epic belongs to one of four phases and has a main skill;
 * - links are finish-to-start, mostly to recent tasks of the same epic (short chains with some
 *   branching), sometimes to a task of an epic in the previous phase (a cross-team handoff), so
 *   the critical path stays a few epics long at any size and capacity is what binds;
 * - people (one per 20 tasks) hold a main and often a second skill; about six people share each
 *   skill, so automatic assignment has real choices without every task allowing everyone;
 * - work is effort-driven; some people are part-time, a few take a week off; 10% of tasks name an
 *   assignee; a 5-day week with public holidays.
 */
import { addDays } from '../calendar/index.js';
import { emptyModel, type Activity, type CalendarSpec, type Link, type Model, type Period, type Priority, type Resource } from '../model/index.js';
import { createRandom, pick, randomInt, type Random } from './prng.js';

export interface GenerateOptions {
  readonly tasks: number;
  readonly seed: number;
  /** Default: one person per 20 tasks, at least 2. */
  readonly people?: number;
}

export const GENERATED_START = '2024-01-01'; // a Monday
export const GENERATED_HOLIDAYS: readonly string[] = [
  '2024-01-15', '2024-02-19', '2024-05-27', '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-25',
  '2025-01-01', '2025-05-26', '2025-07-04', '2025-12-25',
];
const EPIC_SIZE = 20;
const PHASES = 4;
const AREAS = ['backend', 'frontend', 'data', 'mobile', 'qa', 'ops', 'security', 'ml'];

export function peopleFor(tasks: number): number {
  return Math.max(2, Math.round(tasks / 20));
}

export function generateProject(options: GenerateOptions): Model {
  const random = createRandom(options.seed);
  const peopleCount = options.people ?? peopleFor(options.tasks);
  // About six holders per skill (every person holds one main skill round-robin, so none is orphaned).
  const skills = makeSkills(Math.max(1, Math.ceil(peopleCount / 6)));
  const resources = makePeople(random, peopleCount, skills);
  const holders = new Map<string, string[]>(skills.map((s) => [s, resources.filter((r) => r.skills.includes(s)).map((r) => r.id)]));
  const activities = makeTasks(random, options.tasks, skills, holders);
  const name = `Generated project (${options.tasks} tasks, ${peopleCount} people, seed ${options.seed})`;
  const calendar: CalendarSpec = { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: GENERATED_HOLIDAYS, freezes: [] };
  return { ...emptyModel(name, GENERATED_START, calendar), resources, activities };
}

function makeSkills(count: number): string[] {
  return Array.from({ length: count }, (_, k) => `${AREAS[k % AREAS.length]}-${Math.floor(k / AREAS.length) + 1}`);
}

function makePeople(random: Random, count: number, skills: readonly string[]): Resource[] {
  return Array.from({ length: count }, (_, p) => {
    // Main skills go round-robin so every skill has holders; the second skill is random.
    const main = skills[p % skills.length];
    const second = random() < 0.7 ? pick(random, skills) : main;
    const roll = random();
    const availability = roll < 0.15 ? 0.5 : roll < 0.25 ? 0.8 : 1;
    const timeOff: Period[] = [];
    if (random() < 0.05) {
      const monday = addDays(GENERATED_START, 7 * randomInt(random, 1, 12));
      timeOff.push({ from: monday, to: addDays(monday, 4) });
    }
    return {
      id: `p${p + 1}`,
      name: `Person ${p + 1}`,
      kind: 'person',
      skills: second === main ? [main] : [main, second],
      capacity: 1,
      availability,
      timeOff,
      commitments: [],
      path: ['team', p],
    };
  });
}

function makeTasks(random: Random, count: number, skills: readonly string[], holders: ReadonlyMap<string, readonly string[]>): Activity[] {
  const epics = Math.ceil(count / EPIC_SIZE);
  const phaseOf = (epic: number): number => Math.floor((epic * PHASES) / epics);
  const epicSkill = Array.from({ length: epics }, () => pick(random, skills));
  // Epics of each phase, to pick cross-team handoffs from the previous phase.
  const epicsByPhase: number[][] = Array.from({ length: PHASES }, () => []);
  for (let e = 0; e < epics; e++) epicsByPhase[phaseOf(e)].push(e);
  const activities: Activity[] = [];
  for (let i = 0; i < count; i++) {
    const epic = Math.floor(i / EPIC_SIZE);
    const inEpic = i - epic * EPIC_SIZE;
    const deps: Link[] = [];
    const addLink = (from: number): void => {
      const id = taskId(from);
      if (deps.some((d) => d.from === id)) return;
      deps.push({ from: id, type: 'FS', lag: random() < 0.85 ? 0 : randomInt(random, 1, 2) });
    };
    if (inEpic > 0 && random() < 0.85) {
      const links = randomInt(random, 1, 2);
      for (let k = 0; k < links; k++) addLink(i - randomInt(random, 1, Math.min(5, inEpic)));
    }
    const phase = phaseOf(epic);
    if (phase > 0 && random() < (inEpic === 0 ? 0.9 : 0.15)) {
      const fromEpic = pick(random, epicsByPhase[phase - 1]);
      const epicLength = Math.min(EPIC_SIZE, count - fromEpic * EPIC_SIZE);
      addLink(fromEpic * EPIC_SIZE + randomInt(random, 0, epicLength - 1));
    }
    const skill = random() < 0.8 ? epicSkill[epic] : pick(random, skills);
    const assignee = random() < 0.1 ? pick(random, holders.get(skill) ?? []) : undefined;
    const effort = randomInt(random, 1, 8);
    activities.push({
      id: taskId(i),
      title: `Task ${i + 1}`,
      type: 'task',
      work: { mode: 'effort', amount: effort },
      estimate: { optimistic: Math.max(1, Math.round(effort * 0.75)), likely: effort, pessimistic: effort * 2 },
      deps,
      demands: [assignee ? { resource: assignee, skills: [], units: 1 } : { skills: [skill], units: 1 }],
      priority: pickPriority(random),
      uncertainty: pick(random, ['low', 'medium', 'high'] as const),
      phase: `Phase ${phase + 1}`,
      splittable: false,
      path: ['tasks', i],
    });
  }
  return activities;
}

function pickPriority(random: Random): Priority {
  const roll = random();
  return roll < 0.6 ? 'must' : roll < 0.9 ? 'should' : 'could';
}

function taskId(index: number): string {
  return `t${index + 1}`;
}
