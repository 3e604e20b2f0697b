import { analysePlan } from '../../analyse/index.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import { launchInput, launchPlan } from '../../analyse/test-utils/launch-fixture.js';
import { renderMarkdown } from './render.js';
import { section, tables } from './test-utils/markdown.js';

const HOSTILE = 'a | b `c` <script>alert(1)</script>\nnext';

const SECTIONS = [
  'Summary',
  'Inputs',
  'Phases',
  'Resource allocation',
  'Critical path',
  'Risk register',
  'Success metrics',
  'Scope flexibility',
  'Confidence',
  'Risk drivers',
  'Recommended cuts',
  'Rollout and rollback',
  'Check-ins',
  'Readiness checklist',
];

function hostilePlan() {
  const activities = launchInput.activities.map((a) => (a.id === 'ws-server' ? { ...a, title: HOSTILE, deliverable: HOSTILE } : a));
  return buildPlan({
    ...launchInput,
    name: `Launch ${HOSTILE}`,
    activities,
    resources: launchInput.resources!.map((r) => (r.id === 'be1' ? { ...r, name: `Be | ${HOSTILE}` } : r)),
    risks: launchInput.risks!.map((r, i) => (i === 0 ? { ...r, title: HOSTILE, mitigation: HOSTILE } : r)),
  });
}

describe('renderMarkdown', () => {
  it('has the seed’s sections in the seed’s order', () => {
    const headings = renderMarkdown(analysePlan(launchPlan())).split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(SECTIONS.map((s, i) => `## ${i + 1}. ${s}`));
  });

  it('is deterministic and leaves its input alone', () => {
    const result = launchPlan();
    const before = JSON.stringify(result);
    expect(renderMarkdown(analysePlan(result))).toBe(renderMarkdown(analysePlan(launchPlan())));
    expect(JSON.stringify(result)).toBe(before);
  });

  it('states the summary facts of the plan', () => {
    const summary = section(renderMarkdown(analysePlan(launchPlan())), 'summary');
    expect(summary).toContain('- **Planned finish**: Wed 2024-12-11 (41 working days after the start, on likely estimates)');
    expect(summary).toContain('- **Forecast finish**: Wed 2024-12-11 (the plan on likely estimates; no forecast was run)');
    expect(summary).toContain('- **Effective delivery**: Fri 2024-12-13 (2 days before the deadline)');
    expect(summary).toContain('- **Buffer**: 2 working days (5% of the time to delivery) ⚠️');
  });

  it('lays out a phase in the seed’s stream form', () => {
    const phases = section(renderMarkdown(analysePlan(launchPlan())), 'phases');
    expect(phases).toContain('### Phase 1: Discovery (Week 1-2)');
    expect(phases).toContain('Stream A (Backend Senior 1):\n- Week 1, Tue-Thu: Evaluate OT libraries (critical)\n- Week 2, Mon-Thu: Finalize architecture (critical)\n- Deliverable: Library recommendation');
    expect(phases).toContain('If WebSocket server takes more than 5 working days: cut cursor display');
  });

  it('names the one weekday of work that runs a single day, even when it is all its week has', () => {
    // The plan starts on Monday 2024-10-14: a week of build, then pairing on the next Monday, the plan's last day.
    const plan = buildPlan({ resources: [{ id: 'p', name: 'Pat' }], activities: [{ id: 'build', assignee: 'p', at: [0, 5] }, { id: 'pair', assignee: 'p', at: [5, 6] }] });
    const phases = section(renderMarkdown(analysePlan(plan)), 'phases');
    expect(phases).toContain('Stream A (Pat):\n- Week 1: build\n- Week 2, Mon: pair');
  });

  it('names the weekdays of work inside a phase of one week', () => {
    const plan = buildPlan({ resources: [{ id: 'p', name: 'Pat' }], activities: [{ id: 'a', assignee: 'p', at: [0, 1] }, { id: 'b', assignee: 'p', at: [1, 3] }] });
    expect(section(renderMarkdown(analysePlan(plan)), 'phases')).toContain('Stream A (Pat):\n- Mon: a\n- Tue-Wed: b');
  });

  it('keeps a hostile title from injecting HTML or breaking tables and lines', () => {
    const md = renderMarkdown(analysePlan(hostilePlan()));
    expect(md).not.toMatch(/<script/i);
    expect(md).toContain('# Launch a | b \\`c\\` &lt;script>alert(1)&lt;/script> next: Execution Plan');
    expect(md).toContain('| a \\| b \\`c\\` &lt;script>alert(1)&lt;/script> next |');
    for (const table of tables(md)) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const fence = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));
    expect(fence).not.toMatch(/<|>/);
    expect(md.split('\n').filter((l) => l.startsWith('next'))).toEqual([]);
  });

  it('keeps an id with a pipe and backticks inside its table cell', () => {
    const md = renderMarkdown(analysePlan(buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'x|`y`', assignee: 'p', at: [0, 1] }], criticalPath: ['x|`y`'] })));
    const table = tables(section(md, 'critical-path'))[0];
    expect(table.rows[0]).toHaveLength(table.header.length);
    expect(table.rows[0][2]).toBe('`` x\\|`y` ``');
  });

  it('renders a plan with nothing but one task', () => {
    const md = renderMarkdown(analysePlan(buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 1] }], criticalPath: ['a'] })));
    expect(md).toContain('- **Planned finish**: Mon 2024-10-14');
    expect(md).toContain('(1 scheduled activity; search budget 1 schedule, seed 1)');
    expect(md).toContain('- **Critical path**: 1 activity over 1 working day');
    expect(section(md, 'critical-path')).toContain('1 activity over 1 working day; any delay to it delays the finish.');
    expect(md).toContain('No rollback plan declared');
    expect(md).toContain('- [ ] Buffer time included (10-20%): No deadline: a buffer cannot be measured.');
  });
});
