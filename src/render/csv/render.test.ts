import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../../api/index.js';

const launch = readFileSync(new URL('../../../examples/launch.yaml', import.meta.url), 'utf8');
const run = runPlanSync({ text: launch }, { formats: ['csv'], iterations: 0 });
const [tasks, load] = run.outputs.map((o) => o.text);
const rows = (text: string) => new Map(text.trimEnd().split('\r\n').map((line) => [line.split(',')[0], line]));

describe('the task table of the launch example', () => {
  it('is written with its load table beside it', () => expect(run.outputs.map((o) => o.extension)).toEqual(['csv', 'load.csv']));

  it('has the header row, counted in working days', () => {
    expect(tasks.split('\r\n')[0]).toBe('id,title,type,phase,priority,assignees,start,finish,duration_days,total_float_days,critical,predecessors');
  });

  it('gives a 3-day critical task from Tue Oct 15 to Thu Oct 17', () => {
    expect(rows(tasks).get('ot-spike')).toBe('ot-spike,Evaluate OT libraries (ShareDB vs Yjs vs custom),task,Discovery,must,be1,2024-10-15,2024-10-17,3,0,yes,');
  });

  it('writes links that are not plain FS with their type and lag, and quotes a title with a comma', () => {
    expect(rows(tasks).get('cursors')).toMatch(/,presence-ui; ws-client SS\+2d$/);
    expect(rows(tasks).get('ws-arch')).toMatch(/^ws-arch,"Design WebSocket architecture \(scaling, failover\)",task,/);
  });

  it('lists both people of a crew and an external with no one', () => {
    expect(rows(tasks).get('architecture')).toContain(',be1; be2,2024-10-22,2024-10-22,1,0,yes,');
    expect(rows(tasks).get('security-review')).toBe('security-review,Security review,external,Beta & Security,must,,2024-11-07,2024-11-20,10,1,no,deploy-staging SS');
  });
});

describe('the load table of the launch example', () => {
  it('gives be1 a first week of 4 days (Tue-Fri) fully used', () => {
    const lines = load.split('\r\n');
    expect(lines[0]).toBe('resource,name,week,used_days,available_days,utilisation,over_allocated');
    expect(lines[1]).toBe('be1,Backend Senior 1,2024-10-14,4,4,1,no');
  });

  it('has one row per resource per week, as many as the analysis counts', () => {
    const a = run.analysis!;
    expect(load.trimEnd().split('\r\n').length - 1).toBe(a.allocation.resources.length * a.allocation.weeks.length);
  });
});
