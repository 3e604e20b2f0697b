import { analysePlan } from '../../analyse/index.js';
// @vitest-environment jsdom
/** The check-in's Blocked list names what really holds each piece of work. */
import { describe, expect, it } from 'vitest';
import { plan } from '../../api/index.js';
import { renderMarkdown } from './render.js';

// An incident night: the payment provider's export runs 18:00-23:00, and the DBA who reconciles
// against it is off shift 22:00-02:00, so the reconciliation starts at 02:00, three hours after the
// export is in.
const spec = `
plan: Payment reconciliation after the outage
start: 2024-03-12T18:00
calendar: { unit: hour, hours: "24/7" }
team:
  - id: dba
    name: Database administrator
    skills: [database]
    time_off: [{ from: 2024-03-12T22:00, to: 2024-03-13T02:00 }]
external:
  - { id: export, title: Payment provider exports the day's transactions, owner: Payment provider, duration: 5h }
tasks:
  - { id: reconcile, title: Reconcile orders against the payment provider, assignee: dba, duration: 3h, after: [export] }
`;

describe('the Blocked list of the first check-in', () => {
  const result = plan(spec, { iterations: 0 }).result!;
  const md = renderMarkdown(analysePlan(result));

  it('says the work waits for its responder’s shift, not for the provider step that ended before', () => {
    expect(result.schedule.activities.map((s) => [s.id, result.calendar.slotStart(s.start), result.calendar.slotStart(s.finish)])).toEqual([
      ['reconcile', '2024-03-13T02:00', '2024-03-13T05:00'],
      ['export', '2024-03-12T18:00', '2024-03-12T23:00'],
    ]);
    const blocked = md.slice(md.indexOf('#### Blocked'), md.indexOf('#### Risks'));
    expect(blocked).toContain("- Reconcile orders against the payment provider by Database administrator - Waits for Database administrator's shift at Wed 2024-03-13 02:00");
    expect(blocked).not.toContain('Blocked by');
  });
});
