/** The plan as an iCalendar file (RFC 5545): the same bytes for the same plan, whenever it is made. */
import type { PlanAnalysis } from '../../analyse/index.js';
import { addDays } from '../../calendar/index.js';
import type { RenderOptions } from '../render-options.js';
import { calendarEvents, type CalendarEvent } from './events.js';
import { escapeText, foldLine, icsDateValue } from './lines.js';

/** The plan's name as a UID domain part: lower-case letters, digits and dashes. */
function planSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'plan';
}

function dateProperty(name: string, date: string): string {
  return date.length > 10 ? `${name}:${icsDateValue(date)}` : `${name};VALUE=DATE:${icsDateValue(date)}`;
}

function eventLines(e: CalendarEvent, slug: string, stamp: string): string[] {
  const allDay = e.start.length <= 10;
  // All-day events end on the day after their last one (DTEND is exclusive); an instant has no end.
  const end = allDay ? addDays((e.end ?? e.start).slice(0, 10), 1) : e.end !== undefined && e.end.length <= 10 ? `${addDays(e.end, 1)}T00:00` : e.end;
  return [
    'BEGIN:VEVENT',
    `UID:${e.key}@${slug}.execplan`,
    `DTSTAMP:${stamp}`,
    dateProperty('DTSTART', e.start),
    ...(end !== undefined && (allDay || end !== e.start) ? [dateProperty('DTEND', end)] : []),
    ...(e.also ? [`${allDay ? 'RDATE;VALUE=DATE' : 'RDATE'}:${e.also.map(icsDateValue).join(',')}`] : []),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `CATEGORIES:${escapeText(e.categories)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function renderIcs(a: PlanAnalysis, options: RenderOptions = {}): string {
  const model = a.result.model;
  const slug = planSlug(model.name);
  // DTSTAMP must be a UTC date-time; the plan's start stands in for "when it was made", so the
  // same plan always gives the same file.
  const stamp = `${icsDateValue(model.start.slice(0, 10))}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//execplan//execplan plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(model.name)}`,
    ...calendarEvents(a, options.icsPeople === true).flatMap((e) => eventLines(e, slug, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
