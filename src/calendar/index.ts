/** The entry point of src/calendar: what other folders import from it. */
export { buildCalendar, workingHours, type WorkCalendar } from './calendar.js';
export { dayFromCivil, daysInMonth, formatDay, formatInstant, MINUTES_PER_DAY, parseDay, parseInstant, periodEndInstant, weekdayOf } from './dates.js';
export { FIRST_PLAN_DATE, HORIZON_YEARS, LAST_PLAN_DATE, horizonEndDay, horizonLastDate } from './horizon.js';
export { addDays, daysBetween, mondayOf, parseIsoDate } from './iso-dates.js';
export { freezeMask, resourceRates, type RateProfile } from './rates.js';
export type { PlanCalendar } from './types.js';
export { freezeBlocks } from './rates.js';
export { LOOKBACK_DAYS } from './horizon.js';
export { dutyMask, localMinutes, onShiftAt, shiftOn, shiftReader, slotClock } from './roster.js';
export { isKnownZone, knownZones, wallToUtc, zoneOffset, type ZoneOffset } from './zones.js';
