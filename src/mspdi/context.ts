/** What every part of the import shares: the plan's time unit, fresh ids, and the warnings. */
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import { numberOf, textOf, type XmlElement } from './xml-tree.js';

/** The spec's id form (src/spec/schema.ts ID_PATTERN), which every id the import writes keeps. */
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const MAX_ID = 60;

export interface ImportContext {
  readonly unit: 'day' | 'hour';
  /** Working minutes in one slot of the written spec: a working day, or an hour. */
  readonly minutesPerSlot: number;
  readonly diagnostics: Diagnostic[];
  warn(el: XmlElement, message: string): void;
  /** A unique id: the preferred one when it is a valid, unused id, else one made from the name. */
  claimId(preferred: string | undefined, name: string, fallback: string): string;
}

/** MSPDI codes of hour formats (h, eh, h?, eh?): a plan whose durations read in hours is an hour plan. */
const HOUR_FORMATS = new Set([5, 6, 37, 38]);

export function importContext(project: XmlElement): ImportContext {
  const unit = HOUR_FORMATS.has(numberOf(project, 'DurationFormat') ?? 7) ? 'hour' : 'day';
  const minutesPerDay = numberOf(project, 'MinutesPerDay') ?? 480;
  const used = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  return {
    unit,
    minutesPerSlot: unit === 'day' ? (minutesPerDay > 0 ? minutesPerDay : 480) : 60,
    diagnostics,
    warn(el, message) {
      diagnostics.push(makeDiagnostic('W_MSPDI_DROPPED', message, { range: [el.offset, el.offset + 1] }));
    },
    claimId(preferred, name, fallback) {
      const slug = name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, MAX_ID);
      const base = preferred !== undefined && ID.test(preferred) && !used.has(preferred) ? preferred : ID.test(slug) ? slug : fallback;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
  };
}

/** `PT24H0M0S` (and the rarer `P1DT2H`) in minutes; undefined when it is not a duration. */
export function durationMinutes(text: string | undefined): number | undefined {
  const m = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text ?? '');
  if (!m) return undefined;
  const minutes = Number(m[2] ?? 0) * 24 * 60 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0) + Number(m[5] ?? 0) / 60;
  return m[1] ? -minutes : minutes;
}

/** Slots as the spec writes them: `2.5d` or `6h`, to a thousandth. */
export function slotsText(minutes: number, ctx: ImportContext): string {
  const slots = Math.round((minutes / ctx.minutesPerSlot) * 1000) / 1000;
  return `${slots}${ctx.unit === 'day' ? 'd' : 'h'}`;
}

/** `2024-10-15T09:00:00` → its day and its `HH:MM`. */
export function splitDateTime(text: string | undefined): { day: string; time: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text ?? '');
  return m ? { day: m[1], time: m[2] === undefined ? '00:00' : `${m[2]}:${m[3]}` } : undefined;
}

/** A date of the element's child as the spec writes it: a day in day plans, `YYYY-MM-DDTHH:MM` in hour plans. */
export function specDate(el: XmlElement, name: string, ctx: ImportContext): string | undefined {
  const at = splitDateTime(textOf(el, name));
  if (!at) return undefined;
  return ctx.unit === 'day' || at.time === '00:00' ? at.day : `${at.day}T${at.time}`;
}
