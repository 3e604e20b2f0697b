import { describe, expect, it } from 'vitest';
import { plan } from '../../api/index.js';
import { createLineIndex } from '../../diag/line-index.js';
import { loadBaseline } from './load.js';

const SPEC = `plan: Small
start: 2024-10-14
team:
  - { id: p, name: Pat, skills: [dev] }
tasks:
  - { id: a, title: Design, skills: [dev], estimate: [1d, 2d, 4d] }
  - { id: b, title: Build, skills: [dev], effort: 3d, after: [a] }
  - { id: c, title: Later, duration: 1d, priority: wont }
milestones:
  - { id: done, title: Done, after: [b] }
`;

const json = () => plan(SPEC, { formats: ['json'], iterations: 0 }).outputs[0].text;

/** The line and code of each diagnostic: what the golden tests assert too. */
function marks(text: string, diags: readonly { code: string; range?: readonly [number, number] }[]) {
  const index = createLineIndex(text);
  return diags.map((d) => ({ code: d.code, line: d.range ? index.position(d.range[0]).line : 0 }));
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('loadBaseline', () => {
  it('reads an earlier JSON plan of execplan: dates, offsets, people and the planned work', () => {
    const loaded = loadBaseline(json());
    expect(loaded.diagnostics).toEqual([]);
    const b = loaded.baseline!;
    expect({ name: b.name, unit: b.unit, start: b.start, finish: b.finish, makespan: b.makespan, seed: b.seed }).toEqual({ name: 'Small', unit: 'day', start: '2024-10-14', finish: '2024-10-18', makespan: 5, seed: 1 });
    expect(b.activities.map((a) => [a.id, a.start, a.finish, a.startOffset, a.finishOffset, a.assignees])).toEqual([
      ['a', '2024-10-14', '2024-10-15', 0, 2, ['p']],
      ['b', '2024-10-16', '2024-10-18', 2, 5, ['p']],
      ['done', '2024-10-18', '2024-10-18', 5, 5, []],
    ]);
    expect(b.activities[0].work).toEqual({ mode: 'effort', amount: 2, booked: 2, estimate: { optimistic: 1, likely: 2, pessimistic: 4 } });
    expect(b.activities[1].work).toEqual({ mode: 'effort', amount: 3, booked: 3 });
    expect(b.unscheduled).toEqual([{ id: 'c', title: 'Later', priority: 'wont' }]);
    expect(b.criticalPath).toEqual(['a', 'b', 'done']);
  });

  it('reads a plan written before the JSON recorded the planned work, without it', () => {
    const doc = JSON.parse(json());
    for (const t of doc.tasks) {
      delete t.work;
      delete t.estimate;
    }
    const loaded = loadBaseline(JSON.stringify(doc));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.baseline!.activities.every((a) => a.work === undefined)).toBe(true);
  });

  it('points at a JSON syntax error', () => {
    const text = json().replace('"version": 2,', '"version": 2,,');
    expect(marks(text, loadBaseline(text).diagnostics)).toEqual([{ code: 'E_BASELINE_SYNTAX', line: lineOf(text, ',,') }]);
  });

  it('refuses empty and binary text at the start of the file', () => {
    expect(loadBaseline('  \n').diagnostics.map((d) => [d.code, d.range])).toEqual([['E_BASELINE_SYNTAX', [0, 0]]]);
    expect(loadBaseline('{"a"\u0000}').diagnostics.map((d) => [d.code, d.range])).toEqual([['E_BASELINE_SYNTAX', [4, 5]]]);
  });

  it('says a spec or another document is not a plan execplan wrote, at its format', () => {
    expect(loadBaseline('{"plan": "x", "start": "2024-10-14"}').diagnostics.map((d) => d.code)).toEqual(['E_BASELINE_FORMAT']);
    expect(loadBaseline('[1, 2]').diagnostics.map((d) => d.code)).toEqual(['E_BASELINE_FORMAT']);
    const text = json().replace('"execplan.plan"', '"execplan.status"');
    expect(marks(text, loadBaseline(text).diagnostics)).toEqual([{ code: 'E_BASELINE_FORMAT', line: 2 }]);
  });

  it('says which contract version it reads, at the version', () => {
    const text = json().replace('"version": 2', '"version": 1');
    const loaded = loadBaseline(text);
    expect(marks(text, loaded.diagnostics)).toEqual([{ code: 'E_BASELINE_VERSION', line: 3 }]);
    expect(loaded.diagnostics[0].message).toContain('version 1');
  });

  it('points at a missing or mistyped field by its path', () => {
    const mistyped = JSON.parse(json());
    mistyped.tasks[1].startOffset = 'two';
    const text = JSON.stringify(mistyped, null, 2);
    const loaded = loadBaseline(text);
    expect(marks(text, loaded.diagnostics)).toEqual([{ code: 'E_BASELINE_SHAPE', line: lineOf(text, '"two"') }]);
    expect(loaded.diagnostics[0].message).toMatch(/^baseline tasks\[1\]\.startOffset: /);
    const broken = JSON.parse(json());
    delete broken.summary.finish;
    expect(loadBaseline(JSON.stringify(broken)).diagnostics.map((d) => [d.code, d.path])).toEqual([['E_BASELINE_SHAPE', ['summary', 'finish']]]);
  });

  it('refuses impossible dates and a task listed twice', () => {
    expect(loadBaseline(json().replace('"finish": "2024-10-15"', '"finish": "2024-02-30"')).diagnostics.map((d) => d.code)).toEqual(['E_BASELINE_SHAPE']);
    const doc = JSON.parse(json());
    doc.tasks[1].id = 'a';
    expect(loadBaseline(JSON.stringify(doc)).diagnostics.map((d) => [d.code, d.path])).toEqual([['E_BASELINE_SHAPE', ['tasks', 1, 'id']]]);
  });

  it('refuses a baseline of another unit, or from more than a year before the plan', () => {
    expect(loadBaseline(json(), { unit: 'day', start: '2024-10-21' }).diagnostics).toEqual([]);
    expect(loadBaseline(json(), { unit: 'hour', start: '2024-10-14' }).diagnostics.map((d) => [d.code, d.path])).toEqual([['E_BASELINE_MISMATCH', ['plan', 'unit']]]);
    expect(loadBaseline(json(), { unit: 'day', start: '2025-10-16' }).diagnostics.map((d) => [d.code, d.path])).toEqual([['E_BASELINE_MISMATCH', ['plan', 'start']]]);
  });
});
