import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../model/index.js';
import { parsePsplib } from './parse.js';
import { PSPLIB_FIXTURES, SHARED_PSPLIB, hasSharedPsplib } from './test-utils/data.js';

const j301_1 = readFileSync(join(PSPLIB_FIXTURES, 'j301_1.sm'), 'utf8');

/** Earliest finish of the sink by a forward pass in model order (PSPLIB numbers topologically). */
function criticalPathLength(model: Model): number {
  const finish = new Map<string, number>();
  for (const a of model.activities) {
    const start = Math.max(0, ...a.deps.map((d) => finish.get(d.from) ?? 0));
    finish.set(a.id, start + (a.work.mode === 'duration' ? a.work.slots : 0));
  }
  return Math.max(...finish.values());
}

/** Line and column (1-based) of a range start, as the CLI will print them. */
function position(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/** Replaces the first occurrence of `find` within the line that starts with `lineStart`. */
function editLine(text: string, lineStart: RegExp, find: string, replace: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => lineStart.test(l));
  lines[index] = lines[index].replace(find, replace);
  return lines.join('\n');
}

describe('parsePsplib on j301_1.sm', () => {
  const { model, diagnostics, instance } = parsePsplib(j301_1, { name: 'j301_1' });

  it('parses without diagnostics into 32 activities and 4 pools', () => {
    expect(diagnostics).toEqual([]);
    expect(model?.name).toBe('j301_1');
    expect(model?.activities).toHaveLength(32);
    expect(model?.resources.map((r) => [r.id, r.kind, r.capacity])).toEqual([
      ['R1', 'pool', 12],
      ['R2', 'pool', 13],
      ['R3', 'pool', 4],
      ['R4', 'pool', 12],
    ]);
  });

  it('has a critical path of 38 periods, equal to the MPM-Time', () => {
    expect(criticalPathLength(model as Model)).toBe(38);
    expect(instance?.project?.mpmTime).toBe(38);
    expect(instance?.horizon).toBe(158);
  });

  it('keeps the dummy source and sink as zero-length milestones', () => {
    const first = model?.activities[0];
    const last = model?.activities[31];
    expect([first?.id, first?.type, first?.work, first?.demands]).toEqual(['1', 'milestone', { mode: 'duration', slots: 0 }, []]);
    expect([last?.id, last?.type, last?.deps.map((d) => d.from)]).toEqual(['32', 'milestone', ['29', '30', '31']]);
  });

  it('turns successor lists into FS predecessor links and nonzero requests into demands', () => {
    const job2 = model?.activities[1];
    expect(job2).toEqual({
      id: '2',
      title: 'Job 2',
      type: 'task',
      work: { mode: 'duration', slots: 8 },
      deps: [{ from: '1', type: 'FS', lag: 0 }],
      demands: [{ resource: 'R1', skills: [], units: 4 }],
      priority: 'must',
      uncertainty: 'low',
      splittable: false,
      path: ['jobs', 1],
    });
  });

  it('uses a 7-day, around-the-clock day calendar starting 2000-01-03', () => {
    expect(model?.start).toBe('2000-01-03');
    expect(model?.calendar).toEqual({ unit: 'day', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], holidays: [], freezes: [] });
  });

  it('names the plan psplib when no name is given', () => {
    expect(parsePsplib(j301_1).model?.name).toBe('psplib');
  });

  it('reads CRLF files the same way', () => {
    expect(parsePsplib(j301_1.replace(/\n/g, '\r\n')).model?.activities).toHaveLength(32);
  });
});

describe('parsePsplib on malformed input', () => {
  it('points a malformed number at its field', () => {
    const text = editLine(j301_1, /^ {2}5 {6}1 {5}3/, ' 3 ', ' 3x');
    const { model, diagnostics } = parsePsplib(text);
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['E_PSPLIB_BAD_NUMBER']);
    const [start, end] = diagnostics[0].range ?? [0, 0];
    expect(text.slice(start, end)).toBe('3x');
    expect(position(text, start)).toEqual([59, 16]);
  });

  it('reports a missing section at the end of the file', () => {
    const text = j301_1.slice(0, j301_1.indexOf('RESOURCEAVAILABILITIES'));
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics).toMatchObject([{ code: 'E_PSPLIB_MISSING_SECTION', range: [text.length, text.length] }]);
    expect(diagnostics[0].message).toContain('RESOURCEAVAILABILITIES');
  });

  it('reports a successor that does not exist at the successor', () => {
    const text = editLine(j301_1, /^ {3}9 {8}1/, '14', '99');
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics).toMatchObject([{ code: 'E_PSPLIB_UNKNOWN_SUCCESSOR' }]);
    const [start, end] = diagnostics[0].range ?? [0, 0];
    expect(text.slice(start, end)).toBe('99');
    expect(position(text, start)[0]).toBe(27);
  });

  it('rejects multi-mode files and says so', () => {
    const text = editLine(j301_1, /^ {3}2 {8}1/, '  1  ', '  3  ');
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics).toMatchObject([{ code: 'E_PSPLIB_MULTI_MODE' }]);
    expect(diagnostics[0].message).toMatch(/job 2 has 3 modes; multi-mode .* not supported/);
  });

  it('names the job and resource when a demand exceeds the capacity', () => {
    const text = editLine(j301_1, /^ {2}7 {6}1 {5}5/, ' 4 ', '14 ');
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics).toMatchObject([{ code: 'E_PSPLIB_OVER_CAPACITY', message: 'job 7 needs 14 of R1, capacity 12' }]);
    const [start, end] = diagnostics[0].range ?? [0, 0];
    expect(text.slice(start, end)).toBe('14');
  });

  it('reports a job count that does not match the rows, at the declared count', () => {
    const text = j301_1.replace('jobs (incl. supersource/sink ):  32', 'jobs (incl. supersource/sink ):  33');
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics.map((d) => d.code)).toContain('E_PSPLIB_JOB_COUNT');
    const [start, end] = diagnostics[0].range ?? [0, 0];
    expect(text.slice(start, end)).toBe('33');
  });

  it('reports a successor count that does not match the list', () => {
    const text = editLine(j301_1, /^ {3}2 {8}1/, '  3  ', '  4  ');
    expect(parsePsplib(text).diagnostics).toMatchObject([{ code: 'E_PSPLIB_ROW_LENGTH', message: 'job 2 declares 4 successors but lists 3' }]);
  });

  it('names a precedence cycle', () => {
    const text = editLine(j301_1, /^ {2}20 /, '2          23  25', '2          23   5');
    const { diagnostics } = parsePsplib(text);
    expect(diagnostics).toMatchObject([{ code: 'E_PSPLIB_CYCLE', message: 'jobs 20 -> 5 -> 20 form a precedence cycle' }]);
  });

  it('reports a capacity row that does not match the resource count', () => {
    const text = j301_1.replace('   12   13    4   12', '   12   13    4');
    expect(parsePsplib(text).diagnostics).toMatchObject([{ code: 'E_PSPLIB_RESOURCE_COUNT' }]);
  });

  it('reports jobs out of order', () => {
    const text = editLine(j301_1, /^ {2}5 {6}1 {5}3/, '  5', '  6');
    expect(parsePsplib(text).diagnostics).toMatchObject([{ code: 'E_PSPLIB_JOB_ORDER', message: 'expected job 5 here, found job 6' }]);
  });

  it('collects diagnostics instead of throwing on arbitrary text', () => {
    expect(parsePsplib('').diagnostics.length).toBeGreaterThan(0);
    expect(parsePsplib('PRECEDENCE RELATIONS:\n1 1 1\n').diagnostics.every((d) => d.code.startsWith('E_PSPLIB_'))).toBe(true);
  });
});

describe('parsePsplib on the vendored J120 instance', () => {
  it('parses j1201_1 without diagnostics, with the critical path equal to MPM-Time', () => {
    const { model, instance, diagnostics } = parsePsplib(readFileSync(join(PSPLIB_FIXTURES, 'j1201_1.sm'), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(model?.activities).toHaveLength(122);
    expect(criticalPathLength(model as Model)).toBe(instance?.project?.mpmTime);
  });
});

describe.runIf(hasSharedPsplib)('parsePsplib on the whole benchmark (../shared/psplib)', () => {
  for (const set of ['j30', 'j120']) {
    it(`parses every ${set} file without diagnostics, with the critical path equal to MPM-Time`, () => {
      const files = readdirSync(join(SHARED_PSPLIB, set)).filter((f) => f.endsWith('.sm'));
      expect(files.length).toBe(set === 'j30' ? 480 : 600);
      for (const file of files) {
        const { model, instance, diagnostics } = parsePsplib(readFileSync(join(SHARED_PSPLIB, set, file), 'utf8'));
        expect(diagnostics, file).toEqual([]);
        expect(criticalPathLength(model as Model), file).toBe(instance?.project?.mpmTime);
      }
    });
  }
});
