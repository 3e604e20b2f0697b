/** The entry point of src/calendar: what other folders import from it. */
export { buildCalendar, type WorkCalendar } from './calendar.js';
export { dayFromCivil, daysInMonth, formatDay, formatInstant, MINUTES_PER_DAY, parseInstant, periodEndInstant, weekdayOf } from './dates.js';
export { addDays, daysBetween, mondayOf, parseIsoDate } from './iso-dates.js';
export { freezeMask, resourceRates, type RateProfile } from './rates.js';
export type { PlanCalendar } from './types.js';
export { freezeBlocks } from './rates.js';
