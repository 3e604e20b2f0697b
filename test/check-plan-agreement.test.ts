/**
 * `check` and `plan` agree: over the bad fixtures and a set of generated specs, many of them
 * unschedulable in ways the loader alone cannot see (crews over capacity, people who are never
 * available), `execplan check` exits 2 exactly when `execplan plan --iterations 0` does, and
 * every error it prints has a line and a column.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const root = new URL('../', import.meta.url).pathname;
const badDir = join(root, 'test/fixtures/bad');
const fixtures = readdirSync(badDir).filter((f) => f.endsWith('.yaml')).sort();

interface Verdicts {
  readonly check: number;
  readonly plan: number;
  readonly checkErrors: readonly string[];
}

async function verdicts(file: string, cwd: string): Promise<Verdicts> {
  const checkIo = captureIo({ cwd });
  const check = await run(['check', file], checkIo);
  const planIo = captureIo({ cwd });
  const plan = await run(['plan', file, '--iterations', '0', '--schedules', '20'], planIo);
  // Headlines only: excerpt and hint lines are indented.
  const checkErrors = checkIo.err.join('').split('\n').filter((line) => /^\S.* error E_[A-Z0-9_]+:/.test(line));
  return { check, plan, checkErrors };
}

function expectAgreement(v: Verdicts): void {
  expect(v.check).not.toBe(1);
  expect(v.plan).not.toBe(1);
  expect(v.check === 2).toBe(v.plan === 2);
  for (const line of v.checkErrors) expect(line).toMatch(/^[^:]+:\d+:\d+: error E_/);
}

describe('check and plan agree on the bad fixtures', () => {
  it.each(fixtures)('%s', async (name) => {
    const v = await verdicts(join('test/fixtures/bad', name), root);
    expect(v.check).toBe(2);
    expectAgreement(v);
  });
});

describe('check and plan agree on generated specs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'execplan-agree-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const named: { name: string; text: string }[] = [
    { name: 'a person at availability 0.0000000001 given work', text: spec(['{ id: ann, skills: [qa], availability: 0.0000000001 }'], ['{ id: t, effort: 2d, assignee: ann }']) },
    { name: 'two demands of 2 units on a pool of 3', text: spec(['{ id: lab, skills: [qa], capacity: 3 }'], ['{ id: t, duration: 1d, demands: [{ resource: lab, units: 2 }, { resource: lab, units: 2 }] }']) },
    { name: 'a demand by skill beside a demand by name', text: spec(['{ id: ann, skills: [qa] }', '{ id: bob, skills: [qa] }'], ['{ id: t, duration: 1d, demands: [{ skills: [qa] }, { resource: ann }] }']) },
    { name: 'three demands by skill on two people', text: spec(['{ id: ann, skills: [qa] }', '{ id: bob, skills: [qa] }'], ['{ id: t, duration: 1d, demands: [{ skills: [qa] }, { skills: [qa] }, { skills: [qa] }] }']) },
  ];
  const generated = Array.from({ length: 120 }, (_, seed) => ({ name: `generated spec ${seed}`, text: randomSpec(seed) }));

  it.each([...named, ...generated])('$name', async ({ name, text }) => {
    const file = `${name.replace(/\W+/g, '-')}.yaml`;
    await writeFile(join(dir, file), text, 'utf8');
    expectAgreement(await verdicts(file, dir));
  });

  it('has specs that plan and specs that do not among the generated ones', async () => {
    const outcomes = new Set<number>();
    for (const { text } of generated.slice(0, 40)) {
      await writeFile(join(dir, 'sample.yaml'), text, 'utf8');
      outcomes.add((await verdicts('sample.yaml', dir)).check);
    }
    expect([...outcomes].sort()).toEqual([0, 2]);
  });
});

function spec(team: readonly string[], tasks: readonly string[]): string {
  return ['plan: Generated', 'start: 2024-10-15', 'team:', ...team.map((m) => `  - ${m}`), 'tasks:', ...tasks.map((t) => `  - ${t}`), ''].join('\n');
}

/**
 * A small random team and a few tasks with demands by skill and by name, of 1 to 3 units, on
 * people and pools of various availability: many fit, many do not, in every way crews can fail.
 */
function randomSpec(seed: number): string {
  // mulberry32: the low bits of a plain LCG repeat too soon for coin flips.
  let state = seed + 0x9e3779b9;
  const pick = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const skills = ['qa', 'ops'];
  const team = Array.from({ length: 1 + pick(4) }, (_, k) => {
    const own = skills.filter(() => pick(3) > 0);
    const capacity = pick(3) === 0 ? `, capacity: ${2 + pick(2)}` : '';
    const availability = ['', '', ', availability: 50%', ', availability: 0.0000000001'][pick(4)];
    return { id: `r${k}`, line: `{ id: r${k}, skills: [${own.join(', ')}]${capacity}${availability} }` };
  });
  const tasks = Array.from({ length: 1 + pick(4) }, (_, j) => {
    const demands = Array.from({ length: 1 + pick(3) }, () => {
      const units = pick(3) === 0 ? `, units: ${1 + pick(3)}` : '';
      return pick(2) === 0 ? `{ resource: ${team[pick(team.length)].id}${units} }` : `{ skills: [${skills[pick(skills.length)]}]${units} }`;
    });
    const after = j > 0 && pick(2) === 0 ? `, after: [t${pick(j)}]` : '';
    const work = pick(2) === 0 ? 'duration: 2d' : 'effort: 2d';
    return `{ id: t${j}, ${work}, demands: [${demands.join(', ')}]${after} }`;
  });
  return spec(
    team.map((r) => r.line),
    tasks,
  );
}
