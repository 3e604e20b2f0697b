import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../../api/index.js';

const launch = readFileSync(new URL('../../../examples/launch.yaml', import.meta.url), 'utf8');
const incident = readFileSync(new URL('../../../examples/incident.yaml', import.meta.url), 'utf8');
const ics = (text: string, icsPeople = false) => runPlanSync({ text }, { formats: ['ics'], iterations: 0, icsPeople }).outputs[0].text;

/** The unfolded events, each as its properties by name. */
function events(text: string): Record<string, string>[] {
  const unfolded = text.replace(/\r\n /g, '');
  return unfolded.split('BEGIN:VEVENT\r\n').slice(1).map((block) => Object.fromEntries(block.split('\r\n').filter((l) => l && l !== 'END:VEVENT' && l !== 'END:VCALENDAR').map((l) => {
    const colon = l.indexOf(':');
    return [l.slice(0, colon), l.slice(colon + 1)];
  })));
}

describe('the iCalendar file of the launch example', () => {
  const text = ics(launch);
  const byUid = new Map(events(text).map((e) => [e.UID, e]));

  it('is the same bytes on every run: no clock', () => expect(ics(launch)).toBe(text));

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has the deadline as an all-day event on Dec 15 and the delivery date Dec 12', () => {
    expect(byUid.get('deadline@real-time-collaboration-launch.execplan')).toMatchObject({ 'DTSTART;VALUE=DATE': '20241215', 'DTEND;VALUE=DATE': '20241216', DTSTAMP: '20241015T000000Z' });
    expect(byUid.get('delivery@real-time-collaboration-launch.execplan')).toMatchObject({ 'DTSTART;VALUE=DATE': '20241212' });
  });

  it('has the freeze from Dec 1 through Dec 8 (DTEND is the day after)', () => {
    expect(byUid.get('freeze-1@real-time-collaboration-launch.execplan')).toMatchObject({ SUMMARY: 'Freeze: Holiday freeze', 'DTSTART;VALUE=DATE': '20241201', 'DTEND;VALUE=DATE': '20241209', DESCRIPTION: 'No work' });
  });

  it('has each gate with its question, escaped', () => {
    expect(byUid.get('gate-poc-check@real-time-collaboration-launch.execplan')).toMatchObject({ 'DTSTART;VALUE=DATE': '20241021', DESCRIPTION: 'Do both POCs sync between two clients?\\nIf not: Escalate immediately' });
  });

  it('has the rollout stages on the days their tasks run', () => {
    expect(byUid.get('rollout-4@real-time-collaboration-launch.execplan')).toMatchObject({ SUMMARY: 'Rollout 100%', 'DTSTART;VALUE=DATE': '20241129', 'DTEND;VALUE=DATE': '20241130' });
  });

  it('has no task events unless asked, and one per person per task when asked', () => {
    expect([...byUid.keys()].filter((k) => k.startsWith('task-'))).toEqual([]);
    const withPeople = new Map(events(ics(launch, true)).map((e) => [e.UID, e]));
    expect(withPeople.get('task-architecture-be2@real-time-collaboration-launch.execplan')).toMatchObject({ SUMMARY: 'Backend Senior 2: Review POCs\\, finalize architecture\\, break down and plan', 'DTSTART;VALUE=DATE': '20241022', 'DTEND;VALUE=DATE': '20241023' });
  });
});

describe('the iCalendar file of an hour plan', () => {
  it('dates its milestones and tasks with local date-times, never in UTC', () => {
    const all = events(ics(incident, true));
    const timed = all.filter((e) => e.UID.startsWith('task-'));
    expect(timed.length).toBeGreaterThan(0);
    for (const e of timed) {
      expect(e.DTSTART).toMatch(/^\d{8}T\d{6}$/);
      expect(e.DTEND).toMatch(/^\d{8}T\d{6}$/);
    }
  });
});

describe('recurring work in the iCalendar file', () => {
  const run = runPlanSync({ text: incident }, { formats: ['ics', 'json'], iterations: 0, icsPeople: true });
  const all = events(run.outputs.find((o) => o.extension === 'ics')!.text);
  const json = JSON.parse(run.outputs.find((o) => o.extension === 'json')!.text) as { recurring: { id: string; occurrences: number; first: string; last: string; people: string[] }[] };
  const updates = all.filter((e) => e.UID.startsWith('recurring-customer-update-'));

  it('gives each person who gives the customer updates one event repeating on each of their updates', () => {
    const fact = json.recurring[0];
    expect(updates.map((e) => e.UID)).toEqual(fact.people.map((p) => `recurring-customer-update-${p}@${all[0].UID.split('@')[1]}`));
    const starts = updates.flatMap((e) => [e.DTSTART, ...(e.RDATE ?? '').split(',').filter(Boolean)]);
    expect(starts).toHaveLength(fact.occurrences);
    expect(starts).toContain(fact.first.replace(/[-:]/g, '') + '00');
    expect(starts).toContain(fact.last.replace(/[-:]/g, '') + '00');
  });

  it('lasts half an hour each time, ending on its own date-time', () => {
    const first = updates[0];
    expect(first.DTSTART).toMatch(/^\d{8}T\d{4}00$/);
    const minutes = (v: string) => Number(v.slice(9, 11)) * 60 + Number(v.slice(11, 13));
    expect(minutes(first.DTEND) - minutes(first.DTSTART)).toBe(30);
  });

  it('is left out of the headline calendar', () => {
    expect(events(ics(incident)).filter((e) => e.UID.startsWith('recurring-'))).toEqual([]);
  });
});
