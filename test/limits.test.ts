/**
 * The limits end to end, through the CLI: the inputs that used to hang, eat memory, fail with an
 * internal error or print a wrong date each end within 10 s with exit 2 and a positioned error
 * (or exit 0 when the plan is valid), and a spec at the edge of each limit plans. The limits
 * table and docs/limits.md are kept in step.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';
import { LIMITS } from '../src/spec/limits.js';

const SECONDS = 10;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'execplan-limits-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly exit: number;
  readonly out: string;
  readonly err: string;
  readonly seconds: number;
}

async function cli(command: 'check' | 'plan', name: string, text: string, flags: string[] = []): Promise<Outcome> {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, text, 'utf8');
  const io = captureIo({ cwd: dir });
  const started = Date.now();
  const exit = await run([command, `${name}.yaml`, ...flags], io);
  return { exit, out: io.out.join(''), err: io.err.join(''), seconds: (Date.now() - started) / 1000 };
}

function expectCleanFailure(o: Outcome, name: string, line: number, code: string): void {
  expect(o.exit, o.err).toBe(2);
  expect(o.err).toMatch(new RegExp(`^${name}\\.yaml:${line}:\\d+: error ${code}:`, 'm'));
  expect(o.err).not.toMatch(/internal error|^\s{4}at /m);
  expect(o.seconds).toBeLessThan(SECONDS);
}

const HEAD = 'plan: t\nstart: 2024-10-15\n';
const HOURS = 'plan: t\nstart: 2024-10-15\ncalendar: { unit: hour }\n';

/** The reproductions of the hardening issue (unbounded work, internal errors, wrong dates), each refused where it is written. */
const refused: { name: string; text: string; line: number; code: string }[] = [
  { name: 'lag-99999999999w', text: `${HEAD}tasks:\n  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [{ task: a, lag: 99999999999w }] }\n`, line: 5, code: 'E_LIMIT' },
  { name: 'estimate-1e300', text: `${HEAD}tasks:\n  - { id: a, estimate: [0, 1, 1e300] }\n`, line: 4, code: 'E_LIMIT' },
  { name: 'duration-999999w', text: `${HEAD}tasks:\n  - { id: a, duration: 999999w }\n`, line: 4, code: 'E_LIMIT' },
  { name: 'risk-delay-999999w', text: `${HEAD}tasks:\n  - { id: a, duration: 1d }\nrisks:\n  - { id: r, title: r, owner: o, mitigation: m, affects: [a], delay: [1d, 1000w, 999999w] }\n`, line: 6, code: 'E_LIMIT' },
  { name: 'deadline-9999-12-31', text: `${HEAD}deadline: 9999-12-31\ntasks:\n  - { id: a, duration: 1d }\n`, line: 3, code: 'E_LIMIT' },
  { name: 'start-9999-12-31', text: 'plan: t\nstart: 9999-12-31\ntasks:\n  - { id: a, duration: 1d }\n', line: 2, code: 'E_LIMIT' },
  { name: 'duration-4294967297', text: `${HEAD}tasks:\n  - { id: a, duration: 4294967297 }\n`, line: 4, code: 'E_LIMIT' },
  { name: 'lag-4294967296', text: `${HEAD}tasks:\n  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [{ task: a, lag: 4294967296 }] }\n`, line: 5, code: 'E_LIMIT' },
  { name: 'duration-1e308', text: `${HEAD}tasks:\n  - { id: a, duration: 1e308 }\n`, line: 4, code: 'E_LIMIT' },
  { name: 'hours-without-a-whole-hour', text: `${HEAD}calendar: { unit: hour, hours: [9.2, 9.8] }\ntasks:\n  - { id: a, duration: 1d }\n`, line: 3, code: 'E_BAD_CALENDAR' },
  { name: 'hours-per-day-1e-300', text: `${HEAD}calendar: { hours_per_day: 1e-300 }\ntasks:\n  - { id: a, duration: 1d }\n`, line: 3, code: 'E_LIMIT' },
  { name: 'availability-1e-10', text: `${HEAD}team:\n  - { id: p, availability: 0.0000000001 }\ntasks:\n  - { id: a, effort: 1d, assignee: p }\n`, line: 4, code: 'E_LIMIT' },
  { name: 'start-in-year-0', text: 'plan: t\nstart: 0000-02-29\ntasks:\n  - { id: a, duration: 1d }\n', line: 2, code: 'E_LIMIT' },
];

describe('the reproductions of the issue', () => {
  it.each(refused)('$name: check and plan exit 2 with $code on line $line', async ({ name, text, line, code }) => {
    expectCleanFailure(await cli('check', name, text), name, line, code);
    expectCleanFailure(await cli('plan', name, text), name, line, code);
  });

  it('plans a person on leave until 9999-12-31 in an hour plan, quickly and in little memory', async () => {
    const text = `${HOURS}team:\n  - { id: p, time_off: [{ from: 2024-10-20, to: 9999-12-31 }] }\ntasks:\n  - { id: a, effort: 1d, assignee: p }\n`;
    const o = await cli('plan', 'leave-until-9999', text);
    expect(o.exit, o.err).toBe(0);
    expect(o.seconds).toBeLessThan(SECONDS);
  });

  it('plans work before a freeze until 9999-12-31, and draws the freeze to the end of the horizon', async () => {
    const text = `${HOURS.replace('{ unit: hour }', '{ unit: hour, freezes: [{ name: Forever, from: 2024-10-20, to: 9999-12-31 }] }')}tasks:\n  - { id: a, duration: 1d }\n`;
    const o = await cli('plan', 'freeze-until-9999', text);
    expect(o.exit, o.err).toBe(0);
    expect(o.out).toContain('Forever :done, freeze_1, 2024-10-20 00:00, 2029-10-15 00:00');
    expect(o.seconds).toBeLessThan(SECONDS);
  });

  it('refuses work for someone committed 100% until 9999-12-31 as unschedulable, quickly', async () => {
    const text = `${HOURS}team:\n  - { id: p, commitments: [{ from: 2024-10-15, to: 9999-12-31, load: 100% }] }\ntasks:\n  - { id: a, effort: 1d, assignee: p }\n`;
    const o = await cli('plan', 'committed-until-9999', text);
    expect(o.exit).toBe(2);
    expect(o.err).toMatch(/error E_UNSCHEDULABLE: .*'p'/);
    expect(o.err).not.toMatch(/internal error/);
    expect(o.seconds).toBeLessThan(SECONDS);
  });

  it('prints a start in 0024 as 0024, with its deadline, and plans it on time', async () => {
    const text = 'plan: t\nstart: 0024-10-15\ndeadline: 0024-12-15\ntasks:\n  - { id: a, duration: 1d }\n';
    const o = await cli('plan', 'year-0024', text, ['--format', 'json']);
    expect(o.exit, o.err).toBe(0);
    const plan = JSON.parse(o.out) as { schedule: { start: string; finish: string }[] };
    expect(JSON.stringify(plan)).not.toContain('1924');
    expect(o.out).toContain('"0024-10-15"');
  });

  it('takes 0000-02-29 as a date (year 0 is a leap year)', async () => {
    const text = 'plan: t\nstart: 0001-01-01\ncalendar: { holidays: [0000-02-29] }\ntasks:\n  - { id: a, duration: 1d }\n';
    const o = await cli('check', 'year-0-leap-day', text);
    expect(o.exit, o.err).toBe(0);
  });
});

/** Specs at the edge of a limit: each plans, with the default forecast, within 10 s. */
const atTheEdge: { name: string; text: string }[] = [
  { name: 'a duration of the whole horizon', text: `${HEAD}tasks:\n  - { id: a, duration: 13044d }\n` },
  { name: 'a lag to the end of the horizon', text: `${HEAD}tasks:\n  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [{ task: a, lag: 13042d }] }\n` },
  { name: 'an estimate reaching the horizon', text: `${HEAD}team: [{ id: p }]\ntasks:\n  - { id: a, estimate: [1d, 2d, 13044d], assignee: p }\n  - { id: b, estimate: [1d, 2d, 13044d] }\n` },
  { name: 'a risk delay reaching the horizon', text: `${HEAD}tasks:\n  - { id: a, duration: 1d }\nrisks:\n  - { id: r, title: r, owner: o, mitigation: m, affects: [a], probability: 50%, delay: [1d, 2d, 13043d] }\n` },
  { name: 'a deadline on the last day of the horizon', text: `${HEAD}deadline: 2074-10-14\ntasks:\n  - { id: a, duration: 1d }\n` },
  { name: 'the last start', text: 'plan: t\nstart: 9998-12-31\ndeadline: 9998-12-31\ntasks:\n  - { id: a, duration: 1d }\n' },
  { name: 'the first start', text: 'plan: t\nstart: 0001-01-01\ntasks:\n  - { id: a, duration: 1d }\n' },
  { name: 'a whole 24/7 hour plan', text: 'plan: t\nstart: 2024-10-15\ncalendar: { unit: hour, hours: 24/7 }\ntasks:\n  - { id: a, duration: 43824 }\n' },
  { name: 'availability of 1%', text: `${HEAD}team:\n  - { id: p, availability: 1% }\ntasks:\n  - { id: a, effort: 1d, assignee: p }\n` },
  { name: 'a day of one hour', text: `${HEAD}calendar: { hours_per_day: 1 }\ntasks:\n  - { id: a, duration: 8h }\n` },
  { name: 'a pool of 10,000', text: `${HEAD}team:\n  - { id: crowd, capacity: 10000 }\ntasks:\n  - { id: a, duration: 1d, demands: [{ resource: crowd, units: 10000 }] }\n` },
];

describe('specs at the edge of each limit', () => {
  it.each(atTheEdge)('$name: plans within 10 s', async ({ name, text }) => {
    const o = await cli('plan', name.replace(/\W+/g, '-'), text);
    expect(o.exit, o.err).toBe(0);
    expect(o.err).toBe('');
    expect(o.seconds).toBeLessThan(SECONDS);
  });

  it('a duration one slot past the horizon is refused where it is written', async () => {
    const o = await cli('check', 'one-past', `${HEAD}tasks:\n  - { id: a, duration: 13045d }\n`);
    expectCleanFailure(o, 'one-past', 4, 'E_LIMIT');
  });

  it('work that cannot end before the horizon is E_LIMIT from the scheduler, naming the activity', async () => {
    const o = await cli('plan', 'chain-past', `${HEAD}tasks:\n  - { id: a, duration: 7000d }\n  - { id: b, duration: 7000d, after: [a] }\n`);
    expect(o.exit).toBe(2);
    expect(o.err).toMatch(/error E_LIMIT: Activity 'b' cannot be placed before the end of the plan's horizon on 2074-10-14/);
    expect(o.err).not.toMatch(/internal error/);
  });
});

describe('docs/limits.md', () => {
  const doc = readFileSync(new URL('../docs/limits.md', import.meta.url), 'utf8');
  it.each(LIMITS.map((l) => [l.name, l]))('lists %s with its value, code and reason', (_, limit) => {
    expect(doc).toContain(`| ${limit.name} | ${limit.value} | \`${limit.code}\` | ${limit.reason} |`);
  });
  it('lists nothing the table does not have, besides the option limits', () => {
    const rows = [...doc.matchAll(/^\| ([^|`]+?) \| .* \| `(E_[A-Z_]+)` \| .* \|$/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(LIMITS.map((l) => l.name).sort());
  });
});
