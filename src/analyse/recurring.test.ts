import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';

// An incident hour plan around the clock from 02:00: a 30-minute customer update every 2 hours
// by comms until 10:00 (slots 0, 2, 4, 6), beside 3 hours of FAQ writing by comms.
const text = [
  'plan: Updates',
  'start: 2024-03-12T02:00',
  'calendar: { unit: hour, hours: "24/7" }',
  'team:',
  '  - { id: comms, name: Comms lead, skills: [comms] }',
  'tasks:',
  '  - { id: faq, title: Write the FAQ, assignee: comms, effort: 3h }',
  'recurring:',
  '  - { id: update, title: Customer update, every: 2h, duration: 0.5h, assignee: comms, to: 2024-03-12T10:00 }',
].join('\n');

describe('recurring work in the documents', () => {
  const run = runPlanSync({ text }, { formats: ['md', 'json', 'html'], iterations: 50, seed: 1 });
  const [md, json, html] = run.outputs.map((o) => o.text);

  it('is one row, not one per occurrence, with how often, how long, who and how many', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| Customer update'));
    expect(rows).toEqual(['| Customer update | 2 hours | 30 min | Comms lead | 4 | Tue 2024-03-12 02:00 | Tue 2024-03-12 08:00 |']);
  });

  it('is one row of the HTML report, its title escaped', () => {
    const escaped = runPlanSync({ text: text.replace('title: Customer update', 'title: "Update <b>customers</b>"') }, { formats: ['html'], iterations: 20, seed: 1 }).outputs[0].text;
    expect(html.match(/data-recurring="update"/g)).toHaveLength(1);
    expect(escaped).toContain('<th scope="row">Update &lt;b&gt;customers&lt;/b&gt;</th><td>2 hours</td><td>30 min</td>');
  });

  it('is one JSON entry whose occurrences took 2 person-hours, also booked in the load', () => {
    const doc = JSON.parse(json);
    expect(doc.recurring).toEqual([{ id: 'update', title: 'Customer update', every: 2, duration: 0.5, people: ['comms'], occurrences: 4, first: '2024-03-12T02:00', last: '2024-03-12T08:00', work: 2 }]);
    // The FAQ runs 09:00-12:00 (slots 7-9), after the last update.
    expect(doc.tasks[0]).toMatchObject({ id: 'faq', startOffset: 7, finishOffset: 10 });
    // Booked units per slot: half an hour at 0, 2, 4 and 6, the FAQ's whole hours 7-9.
    expect(doc.load.byResource[0].periods).toEqual([[0, 1, 0.5], [2, 3, 0.5], [4, 5, 0.5], [6, 7, 0.5], [7, 10, 1]]);
  });
});
