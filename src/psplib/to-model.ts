/**
 * Builds the execplan Model of a PSPLIB instance. The calendar works every day around the clock in
 * day slots, so one slot is one PSPLIB period and offsets in the plan are periods.
 */
import { emptyModel, type Activity, type CalendarSpec, type Demand, type Model, type Resource } from '../model/index.js';
import type { PsplibInstance, PsplibJob } from './instance.js';

/** A Monday, so the dates of a PSPLIB plan read naturally; any date would do on a 7-day week. */
const PSPLIB_START = '2000-01-03';

export function resourceId(index: number): string {
  return `R${index + 1}`;
}

export function psplibToModel(instance: PsplibInstance, name: string): Model {
  const resources: Resource[] = instance.capacities.map((capacity, index) => ({
    id: resourceId(index),
    name: `Renewable resource ${index + 1}`,
    kind: 'pool',
    skills: [],
    capacity,
    availability: 1,
    timeOff: [],
    commitments: [],
    path: ['resources', index],
  }));
  const predecessors: number[][] = instance.jobs.map(() => []);
  for (const job of instance.jobs) for (const s of job.successors) predecessors[s - 1].push(job.number);
  const activities = instance.jobs.map((job, index) => toActivity(job, index, predecessors[index]));
  const calendar: CalendarSpec = { unit: 'day', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], holidays: [], freezes: [] };
  return { ...emptyModel(name, PSPLIB_START, calendar), resources, activities };
}

/**
 * Jobs with no duration and no demand (the dummy source and sink) become milestones: they mark
 * the project's start and end and take no capacity. Every other job is a fixed-duration task.
 */
function toActivity(job: PsplibJob, index: number, predecessors: readonly number[]): Activity {
  const demands: Demand[] = [];
  job.demands.forEach((units, r) => {
    if (units > 0) demands.push({ resource: resourceId(r), skills: [], units });
  });
  const isMilestone = job.duration === 0 && demands.length === 0;
  return {
    id: String(job.number),
    title: `Job ${job.number}`,
    type: isMilestone ? 'milestone' : 'task',
    work: { mode: 'duration', slots: job.duration },
    deps: [...predecessors].sort((a, b) => a - b).map((p) => ({ from: String(p), type: 'FS', lag: 0 })),
    demands,
    priority: 'must',
    uncertainty: 'low',
    splittable: false,
    path: ['jobs', index],
  };
}
