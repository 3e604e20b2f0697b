/**
 * Resources → the spec's team: people (max units up to 100%, their availability) and pools
 * (more than 100%, their capacity), skills and ids from execplan's custom fields when the file
 * has them, time off from each resource calendar, commitments from the availability table.
 */
import { RESOURCE_FIELDS } from '../interop/index.js';
import { nonWorkingPeriods } from './calendars.js';
import { type ImportContext, splitDateTime } from './context.js';
import type { CustomFields } from './fields.js';
import { childOf, childrenOf, numberOf, textOf, type XmlElement } from './xml-tree.js';

export interface ImportedResource {
  readonly uid: number;
  readonly id: string;
  /** Units per slot it can give: capacity x availability (MaxUnits). */
  readonly maxUnits: number;
  readonly availability: number;
  readonly capacity: number;
  readonly member: Record<string, unknown>;
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** `11:59` → `12:00` (never past 23:00's last minute, which reads as the whole day). */
function minuteAfter(time: string): string {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 1;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Periods of the availability table below the resource's max units, as commitments to other work. */
function commitments(r: XmlElement, maxUnits: number, ctx: ImportContext): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const p of childrenOf(childOf(r, 'AvailabilityPeriods'), 'AvailabilityPeriod')) {
    const units = numberOf(p, 'AvailableUnits');
    const from = splitDateTime(textOf(p, 'AvailableFrom'));
    const to = splitDateTime(textOf(p, 'AvailableTo'));
    if (units === undefined || !from || !to || maxUnits <= 0) continue;
    if (units > maxUnits + 1e-9) {
      ctx.warn(p, `an availability of ${units * 100}% above the resource's maximum of ${maxUnits * 100}% is left out`);
      continue;
    }
    if (units >= maxUnits - 1e-9) continue;
    const fromText = ctx.unit === 'day' || from.time === '00:00' ? from.day : `${from.day}T${from.time}`;
    // AvailableTo is the last minute of the period; the spec's end is the instant after it.
    const toText = ctx.unit === 'day' || to.time === '23:59' ? to.day : `${to.day}T${to.time.endsWith(':59') ? minuteAfter(to.time) : to.time}`;
    out.push({ from: fromText, to: toText, load: round4(1 - units / maxUnits) });
  }
  return out;
}

export function importResources(project: XmlElement, fields: CustomFields, calendars: ReadonlyMap<number, XmlElement>, ctx: ImportContext): ImportedResource[] {
  const out: ImportedResource[] = [];
  for (const r of childrenOf(childOf(project, 'Resources'), 'Resource')) {
    const uid = numberOf(r, 'UID') ?? -1;
    const name = textOf(r, 'Name') ?? '';
    if (numberOf(r, 'IsNull') === 1 || (uid === 0 && name === '')) continue;
    if (numberOf(r, 'Type') === 0 || numberOf(r, 'IsCostResource') === 1) {
      ctx.warn(r, `the ${numberOf(r, 'Type') === 0 ? 'material' : 'cost'} resource '${name}' is left out: a spec plans people and pools`);
      continue;
    }
    const maxUnits = numberOf(r, 'MaxUnits') ?? 1;
    if (maxUnits <= 0) {
      ctx.warn(r, `the resource '${name}' has no units to give (MaxUnits ${maxUnits}) and is left out`);
      continue;
    }
    const given = Number(fields(r, RESOURCE_FIELDS.capacity.alias));
    const capacity = Number.isInteger(given) && given >= 1 ? given : Math.max(1, Math.ceil(maxUnits - 1e-9));
    const availability = round4(Math.min(1, maxUnits / capacity));
    const id = ctx.claimId(fields(r, RESOURCE_FIELDS.id.alias), name, `resource-${uid}`);
    const skills = (fields(r, RESOURCE_FIELDS.skills.alias) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const calendar = calendars.get(numberOf(r, 'CalendarUID') ?? -1);
    const timeOff = calendar && numberOf(calendar, 'IsBaseCalendar') !== 1 ? nonWorkingPeriods(calendar, ctx).map((x) => x.period) : [];
    const busy = commitments(r, maxUnits, ctx);
    const role = textOf(r, 'Notes');
    out.push({
      uid,
      id,
      maxUnits,
      availability,
      capacity,
      member: {
        id,
        ...(name !== '' && name !== id ? { name } : {}),
        ...(role ? { role } : {}),
        ...(skills.length > 0 ? { skills } : {}),
        ...(availability !== 1 ? { availability } : {}),
        ...(capacity > 1 ? { capacity } : {}),
        ...(timeOff.length > 0 ? { time_off: timeOff } : {}),
        ...(busy.length > 0 ? { commitments: busy } : {}),
      },
    });
  }
  return out;
}
