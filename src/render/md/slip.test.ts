/** The slip section of the Markdown plan, on a hand-placed plan against a hand-written baseline. */
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import type { Baseline } from '../../model/index.js';
import { renderMarkdown } from './render.js';
import { section } from './test-utils/markdown.js';

const baseline: Baseline = {
  name: 'Plan | v1',
  unit: 'day',
  start: '2024-10-14',
  finish: '2024-10-16',
  makespan: 3,
  criticalPath: ['a'],
  activities: [
    { id: 'a', title: 'a', type: 'task', priority: 'must', start: '2024-10-14', finish: '2024-10-16', startOffset: 0, finishOffset: 3, assignees: ['p'], critical: true, work: { mode: 'effort', amount: 3, booked: 3 } },
    { id: 'old', title: 'Old | work', type: 'task', priority: 'should', start: '2024-10-14', finish: '2024-10-14', startOffset: 0, finishOffset: 1, assignees: ['q'], critical: false, work: { mode: 'effort', amount: 1, booked: 1 } },
  ],
  unscheduled: [],
};

const md = (activities: Parameters<typeof buildPlan>[0]['activities']) => renderMarkdown(analysePlan({ ...buildPlan({ resources: [{ id: 'p' }, { id: 'q' }], activities, criticalPath: ['a'] }), baseline }));

describe('the slip section', () => {
  it('says there is no drift when the plan keeps the baseline', () => {
    const text = md([
      { id: 'a', effort: 3, assignee: 'p', at: [0, 3] },
      { id: 'old', effort: 1, assignee: 'q', priority: 'should', at: [0, 1] },
    ]);
    const body = section(text, 'slip');
    expect(body).toContain('the plan still finishes Wed 2024-10-16. **No drift.**');
    expect(body).toContain('Nothing on the critical path moved.');
    expect(body).toContain('**Moved since the baseline**: 0 activities; the other 2 of the 2 in both plans keep their baseline dates.');
    expect(text).toContain('- **Slip against the baseline**: none (planned finish Wed 2024-10-16, baseline Wed 2024-10-16; section 15)');
  });

  it('gives the drift, a table of its causes, the removed work and the moved activity, escaped for tables', () => {
    const body = section(
      md([
        { id: 'a', effort: 3, assignee: 'p', at: [1, 4], drivenBy: { kind: 'calendar', resource: 'p', cause: 'off' } },
        { id: 'old', effort: 1, assignee: 'q', priority: 'wont' },
      ]),
      'slip',
    );
    expect(body).toContain('Compared with the baseline **Plan | v1** (start Mon 2024-10-14, planned finish Wed 2024-10-16): the plan now finishes Thu 2024-10-17, **1 working day later** (+1 calendar day).');
    expect(body).toContain('| 1 | waits longer after the work before it; it now waits for p, off until Tue 2024-10-15 | `a` a | +1 |');
    expect(body).toContain('|  | **Drift** |  | **+1** |');
    expect(body).toContain("| `old` | Old \\| work | should | 1 | now won't have |");
    expect(body).toContain('| `a` | a | task | Mon 2024-10-14 | Tue 2024-10-15 | +1 / +1 | Wed 2024-10-16 | Thu 2024-10-17 | +1 / +1 |');
  });
});
