/**
 * Exports a Model of people and effort-driven tasks to a TaskJuggler 3 project (.tjp), so tj3
 * can schedule the same project for a side-by-side comparison. Pure: returns the file text.
 *
 * The mapping keeps the problems as close as TaskJuggler allows:
 * - the work week, working hours and holidays of the plan calendar; vacations from time off;
 * - a person's availability becomes `efficiency` (at 0.5, 3d of effort take 6 working days);
 * - a named assignee is `allocate p`; a skill demand allocates one holder of the skill with the
 *   others as `alternative`s, `persistent` so one person does the whole task as in execplan;
 * - FS links with their lag as `gaplength` (working time).
 * Priorities are left out on purpose: TaskJuggler lets a higher priority take resources ahead of
 * its path-criticalness order, which made its plans of these projects ~70% longer (e.g. 181 vs
 * 108 working days at 200 tasks); without them tj3 gets its best makespan, the fair comparison.
 * TaskJuggler books slot by slot and may interrupt a task (preemptive), which makes its problem
 * easier; the report says so.
 */
import { addDays } from '../calendar/index.js';
import type { Activity, Model, Resource, Weekday } from '../model/index.js';

export interface TjpOptions {
  /** Calendar days from the start within which TaskJuggler must fit the project. */
  readonly projectDays: number;
  /** Name of the CSV report TaskJuggler writes (`NAME.csv` in its output directory). */
  readonly reportName: string;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function exportTjp(model: Model, options: TjpOptions): string {
  const cal = model.calendar;
  if (cal.unit !== 'day') throw new Error('exportTjp supports day plans only');
  const [from, to] = cal.hours;
  const worked = new Set<Weekday>(cal.workweek);
  const offDays = DAY_NAMES.filter((_, d) => !worked.has(d as Weekday));
  const holders = holdersBySkill(model.resources);
  const out: string[] = [];
  out.push(`project bench ${quote(model.name)} ${model.start} +${options.projectDays}d {`);
  out.push('  timezone "UTC"');
  out.push('  timeformat "%Y-%m-%d %H:%M"');
  out.push(`  dailyworkinghours ${to - from}`);
  out.push(`  workinghours ${DAY_NAMES.filter((_, d) => worked.has(d as Weekday)).join(', ')} ${hour(from)} - ${hour(to)}`);
  if (offDays.length > 0) out.push(`  workinghours ${offDays.join(', ')} off`);
  out.push('}');
  for (const holiday of cal.holidays) out.push(`leaves holiday "Holiday" ${holiday}`);
  for (const resource of model.resources) out.push(...resourceLines(resource));
  for (const activity of model.activities) out.push(...taskLines(activity, holders));
  out.push(`taskreport ${options.reportName} ${quote(options.reportName)} {`);
  out.push('  formats csv');
  out.push('  columns id, start, end');
  out.push('}');
  return out.join('\n') + '\n';
}

function resourceLines(resource: Resource): string[] {
  const body: string[] = [];
  if (resource.availability !== 1) body.push(`  efficiency ${resource.availability}`);
  // TaskJuggler intervals end exclusively; a time-off `to` date is inclusive.
  for (const off of resource.timeOff) body.push(`  leaves annual ${off.from} - ${addDays(off.to, 1)}`);
  const head = `resource ${tjId(resource.id)} ${quote(resource.name)}`;
  return body.length === 0 ? [head] : [`${head} {`, ...body, '}'];
}

function taskLines(activity: Activity, holders: ReadonlyMap<string, readonly string[]>): string[] {
  const body: string[] = [];
  const work = activity.work;
  body.push(work.mode === 'effort' ? `  effort ${work.amount}d` : work.slots > 0 ? `  length ${work.slots}d` : '  milestone');
  for (const demand of activity.demands) {
    const candidates = demand.resource ? [demand.resource] : demand.skills.length > 0 ? holders.get(demand.skills[0]) ?? [] : [];
    const eligible = candidates.filter((id) => demand.skills.every((s) => holders.get(s)?.includes(id) ?? false));
    const [first, ...others] = eligible.map(tjId);
    if (first === undefined) continue;
    body.push(others.length === 0 ? `  allocate ${first}` : `  allocate ${first} { alternative ${others.join(', ')} select minallocated persistent }`);
  }
  for (const link of activity.deps) {
    if (link.type !== 'FS') throw new Error(`exportTjp supports FS links only (${activity.id} <- ${link.from})`);
    body.push(link.lag > 0 ? `  depends ${tjId(link.from)} { gaplength ${link.lag}d }` : `  depends ${tjId(link.from)}`);
  }
  return [`task ${tjId(activity.id)} ${quote(activity.title)} {`, ...body, '}'];
}

function holdersBySkill(resources: readonly Resource[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const r of resources) for (const s of r.skills) holders.set(s, [...(holders.get(s) ?? []), r.id]);
  return holders;
}

/** TaskJuggler ids are letters, digits and underscores, not starting with a digit. */
export function tjId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, '')}"`;
}

function hour(h: number): string {
  return `${h}:00`;
}
