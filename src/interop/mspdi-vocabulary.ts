/**
 * The MS Project XML (MSPDI, schema mspdi_pj12.xsd) vocabulary that the writer (src/render/mspdi)
 * and the reader (src/mspdi) share: codes, priorities and the custom fields that carry what
 * MSPDI has no element for, so a plan survives the round trip.
 */
import type { LinkType, Priority } from '../model/index.js';

export const MSPDI_NAMESPACE = 'http://schemas.microsoft.com/project';

/** PredecessorLink/Type: 0=FF, 1=FS, 2=SF, 3=SS. */
export const LINK_TYPE_CODES: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** DurationFormat and LagFormat: 5 = hours, 7 = days (elapsed and estimated forms are other codes). */
export const FORMAT_HOURS = 5;
export const FORMAT_DAYS = 7;

/** Task/Type: 1 = fixed duration, 2 = fixed work (effort-driven work). */
export const TASK_FIXED_DURATION = 1;
export const TASK_FIXED_WORK = 2;

/** Task/ConstraintType 2: "Must Start On" its ConstraintDate. */
export const CONSTRAINT_MUST_START_ON = 2;
/** Task/ConstraintType 4: "Start No Earlier Than" its ConstraintDate. */
export const CONSTRAINT_START_NO_EARLIER_THAN = 4;
/** Task/ConstraintType 7: "Finish No Later Than" its ConstraintDate. */
export const CONSTRAINT_FINISH_NO_LATER_THAN = 7;

/** Priority 0..1000; MS Project's default is 500, which reads back as must. */
export const PRIORITY_VALUES: Readonly<Record<Exclude<Priority, 'wont'>, number>> = { must: 700, should: 400, could: 200 };

export function priorityOfValue(value: number): Exclude<Priority, 'wont'> {
  return value >= 500 ? 'must' : value >= 300 ? 'should' : 'could';
}

/** Calendar exceptions the writer names this way are freezes; any other exception is a holiday. */
export const FREEZE_PREFIX = 'Freeze: ';
/** Task calendars for the kinds that freezes block: `execplan kind: deploy`. */
export const KIND_CALENDAR_PREFIX = 'execplan kind: ';

/** The bounds MS Project writes for "NA" in a resource's availability table. */
export const AVAILABLE_SINCE = '1984-01-01T00:00:00';
export const AVAILABLE_UNTIL = '2049-12-31T23:59:00';

/**
 * Custom text fields (pjCustomTaskText1.., pjCustomResourceText1..) that carry execplan's own
 * facts. The reader finds them by alias, so another numbering in a file still reads.
 */
export const TASK_FIELDS = {
  id: { fieldId: 188743731, fieldName: 'Text1', alias: 'execplan id' },
  type: { fieldId: 188743734, fieldName: 'Text2', alias: 'execplan type' },
  demands: { fieldId: 188743737, fieldName: 'Text3', alias: 'execplan demands' },
  kind: { fieldId: 188743740, fieldName: 'Text4', alias: 'execplan kind' },
  uncertainty: { fieldId: 188743743, fieldName: 'Text5', alias: 'execplan uncertainty' },
  splittable: { fieldId: 188743746, fieldName: 'Text6', alias: 'execplan splittable' },
  estimate: { fieldId: 188743747, fieldName: 'Text7', alias: 'execplan estimate' },
  notBefore: { fieldId: 188743748, fieldName: 'Text8', alias: 'execplan not before' },
  on: { fieldId: 188743749, fieldName: 'Text9', alias: 'execplan on' },
  recurring: { fieldId: 188743750, fieldName: 'Text10', alias: 'execplan recurring' },
} as const;

export const RESOURCE_FIELDS = {
  id: { fieldId: 205520904, fieldName: 'Text1', alias: 'execplan id' },
  skills: { fieldId: 205520905, fieldName: 'Text2', alias: 'execplan skills' },
  capacity: { fieldId: 205520926, fieldName: 'Text3', alias: 'execplan capacity' },
} as const;

/** In the demands field: `@` for a demand on a named resource, `*` for anyone, else skills joined by `+`. */
export const NAMED_DEMAND = '@';
export const ANY_DEMAND = '*';
