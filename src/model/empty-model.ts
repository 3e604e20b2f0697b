import type { CalendarSpec, Model } from './types.js';

/** A model with no goals, people, work or risks yet: what generators, readers and test helpers fill in. */
export function emptyModel(name: string, start: string, calendar: CalendarSpec): Model {
  return {
    name,
    start,
    calendar,
    goals: [],
    constraints: { quality: [], notes: [] },
    resources: [],
    activities: [],
    risks: [],
    metrics: { launch: [], post: [] },
  };
}
