import { analysePlan } from '../../analyse/index.js';
import { describe, expect, it } from 'vitest';
import { planModel } from '../../api/index.js';
import { loadSpec } from '../../spec/index.js';
import { planDocument } from './render.js';

/** A one-responder hour plan that runs around the clock from Tue 2024-03-12 02:00. */
function incidentWithDeadline(deadline: string) {
  const loaded = loadSpec(`plan: incident
start: 2024-03-12T02:00
calendar: { unit: hour, workweek: [mon, tue, wed, thu, fri, sat, sun], hours: [0, 24] }
deadline: { date: ${deadline} }
team:
  - { id: sre, skills: [ops] }
tasks:
  - { id: fix, assignee: sre, duration: 13h }
`);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  const outcome = planModel(loaded.model, { iterations: 0 }, loaded.diagnostics);
  return planDocument(outcome.analysis!).summary;
}

describe('the JSON summary against the deadline', () => {
  it('counts to the instant of a datetime deadline', () => {
    // 13 hours from 02:00 end at 15:00; 02:00 the next day is 11 hours later.
    expect(incidentWithDeadline('2024-03-13T02:00')).toMatchObject({ finish: '2024-03-12T15:00', onTime: true, slotsToDeadline: 11 });
    // 14:00 the same day is an hour before the finish: late, though on the same date.
    expect(incidentWithDeadline('2024-03-12T14:00')).toMatchObject({ onTime: false, slotsToDeadline: -1 });
  });

  it('counts to the end of the day of a date deadline', () => {
    // From 15:00 through the whole of the next day: 9 + 24 hours.
    expect(incidentWithDeadline('2024-03-13')).toMatchObject({ onTime: true, slotsToDeadline: 33 });
  });
});

describe('the JSON critical path and drivers', () => {
  // Pat does a (Mon-Tue), is off Wednesday, then does b (Thu-Fri); Sam's d (Mon-Thu) has a day of float.
  const loaded = loadSpec(`plan: hand-over
start: 2024-01-01
calendar: { unit: day, workweek: [mon, tue, wed, thu, fri] }
team:
  - { id: pat, skills: [dev], time_off: [{ from: 2024-01-03, to: 2024-01-03 }] }
  - { id: sam, skills: [dev] }
tasks:
  - { id: a, assignee: pat, duration: 2d }
  - { id: b, assignee: pat, duration: 2d }
  - { id: d, assignee: sam, duration: 4d }
`);
  const doc = planDocument(planModel(loaded.model!, { iterations: 0 }, loaded.diagnostics).analysis!);

  it('lists every critical id and the chain with the wait for the person', () => {
    expect(doc.summary.criticalPath).toEqual(['a', 'b']);
    expect(doc.summary.criticalChains).toEqual([
      [
        { kind: 'activity', id: 'a', startOffset: 0, finishOffset: 2 },
        { kind: 'wait', from: '2024-01-03', to: '2024-01-04', fromOffset: 2, toOffset: 3, reason: { kind: 'calendar', resource: 'pat', cause: 'off' } },
        { kind: 'activity', id: 'b', startOffset: 3, finishOffset: 5, via: { kind: 'handoff', from: 'a', resource: 'pat' } },
      ],
    ]);
  });

  it('says per task what it waits for', () => {
    const drivenBy = Object.fromEntries(doc.tasks.map((t) => [t.id, t.drivenBy]));
    expect(drivenBy).toEqual({ a: { kind: 'start' }, b: { kind: 'calendar', resource: 'pat', cause: 'off' }, d: { kind: 'start' } });
    expect(doc.tasks.find((t) => t.id === 'd')).toMatchObject({ critical: false, totalFloat: 1 });
  });
});
