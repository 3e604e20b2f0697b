/**
 * Random extreme values in every numeric and date field of a spec that uses them all: `check`
 * and `plan` (every output format) end with exit 0 or 2 within 10 s, never with an internal
 * error, and `plan` never fails on a spec `check` accepted for one of these values' reasons.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayFromCivil, formatDay } from '../src/calendar/index.js';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'execplan-extremes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const EDGE_DATES = ['0000-01-01', '0000-02-29', '0001-01-01', '0024-10-15', '0099-12-31', '0100-02-28', '1900-02-28', '1969-12-31', '1970-01-01', '2024-02-29', '2024-10-15', '2074-10-14', '9998-12-31', '9999-12-31'];
const FIRST_DAY = dayFromCivil(0, 1, 1);
const LAST_DAY = dayFromCivil(9999, 12, 31);

const date = fc.oneof(fc.constantFrom(...EDGE_DATES), fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(formatDay), fc.integer({ min: 0, max: 800 }).map((d) => formatDay(dayFromCivil(2024, 10, 15) + d)));
const EDGE_NUMBERS = [0, 1e-300, 1e-10, 0.009, 0.01, 0.5, 1, 7, 13044, 13045, 43824, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 1e15, 1e300, 1e308];
const amount = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 20_000 }));
const span = fc.oneof(amount, fc.tuple(amount, fc.constantFrom('h', 'd', 'w')).map(([n, u]) => `${n}${u}`));
const share = fc.oneof(fc.constantFrom(0, 1e-10, 0.01, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));

/** Each field keeps a plausible value most of the time, so most specs get through to `plan`. */
const maybe = <T>(extreme: fc.Arbitrary<T>, plain: T): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(plain), weight: 8 }, { arbitrary: extreme, weight: 1 });
const nearDate = (plain: string) => maybe(date, plain);

const spec = fc.record({
  unit: fc.constantFrom('day', 'hour'),
  start: nearDate('2024-10-15'),
  deadline: nearDate('2025-06-30'),
  holiday: nearDate('2024-12-25'),
  hours: maybe(fc.tuple(fc.double({ min: 0, max: 24, noNaN: true }), fc.double({ min: 0, max: 24, noNaN: true })), [9, 17] as [number, number]),
  hoursPerDay: maybe(fc.oneof(fc.constantFrom(1e-300, 0.5, 1, 8, 24), fc.double({ min: 1e-6, max: 24, noNaN: true })), undefined as number | undefined),
  availability: maybe(share, 0.8),
  capacity: maybe(fc.oneof(fc.constantFrom(1, 2, 10_000, 10_001, 2 ** 32 + 1), fc.integer({ min: 1, max: 100 })), 3),
  units: maybe(fc.constantFrom(1, 2, 10_000), 2),
  leave: maybe(fc.tuple(date, date), ['2024-11-04', '2024-11-08'] as [string, string]),
  commitment: maybe(fc.tuple(date, date, share), ['2024-10-15', '2024-12-31', 0.5] as [string, string, number]),
  freeze: maybe(fc.tuple(date, date), ['2024-12-20', '2025-01-02'] as [string, string]),
  duration: maybe(span, '3d' as number | string),
  effort: maybe(span, '5d' as number | string),
  estimate: maybe(fc.tuple(span, span, span), ['2d', '3d', '8d'] as (number | string)[]),
  lag: maybe(fc.oneof(span, amount.map((n) => -n)), '1d' as number | string),
  delay: maybe(fc.tuple(span, span, span), ['1d', '2d', '5d'] as (number | string)[]),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

const yamlValue = (v: number | string) => (typeof v === 'number' ? String(v) : v);

function specText(s: Spec): string {
  return [
    'plan: extremes',
    `start: ${s.start}`,
    `deadline: ${s.deadline}`,
    'calendar:',
    `  unit: ${s.unit}`,
    `  hours: [${s.hours.join(', ')}]`,
    ...(s.hoursPerDay === undefined ? [] : [`  hours_per_day: ${s.hoursPerDay}`]),
    `  holidays: [${s.holiday}]`,
    `  freezes: [{ name: f, from: ${s.freeze[0]}, to: ${s.freeze[1]} }]`,
    'team:',
    `  - { id: p, skills: [x], availability: ${s.availability}, time_off: [{ from: ${s.leave[0]}, to: ${s.leave[1]} }], commitments: [{ from: ${s.commitment[0]}, to: ${s.commitment[1]}, load: ${s.commitment[2]} }] }`,
    `  - { id: pool, skills: [x], capacity: ${s.capacity} }`,
    'tasks:',
    `  - { id: a, duration: ${yamlValue(s.duration)} }`,
    `  - { id: b, effort: ${yamlValue(s.effort)}, skills: [x], after: [{ task: a, lag: ${yamlValue(s.lag)} }] }`,
    `  - { id: c, estimate: [${s.estimate.map(yamlValue).join(', ')}], demands: [{ resource: pool, units: ${s.units} }], after: [a] }`,
    'risks:',
    `  - { id: r, title: r, owner: p, mitigation: m, probability: 50%, affects: [b, c], delay: [${s.delay.map(yamlValue).join(', ')}] }`,
    '',
  ].join('\n');
}

async function cli(args: string[]): Promise<{ exit: number; err: string; seconds: number }> {
  const io = captureIo({ cwd: dir });
  const started = Date.now();
  const exit = await run(args, io);
  return { exit, err: io.err.join(''), seconds: (Date.now() - started) / 1000 };
}

describe('extreme values in every numeric and date field', () => {
  it('end check and plan with exit 0 or 2 within 10 s, never an internal error', async () => {
    let n = 0;
    const planned: number[] = [];
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const file = `extremes-${n++}.yaml`;
        await writeFile(join(dir, file), specText(s), 'utf8');
        for (const args of [['check', file], ['plan', file, '--format', 'html,json,md', '--iterations', '200', '--schedules', '200']]) {
          const o = await cli(args);
          expect([0, 2], `${args[0]}: ${o.err}\n${specText(s)}`).toContain(o.exit);
          expect(o.err).not.toMatch(/internal error|^\s{4}at /m);
          expect(o.seconds).toBeLessThan(10);
          if (args[0] === 'plan') planned.push(o.exit);
        }
      }),
      { numRuns: 80, seed: 20241015 },
    );
    // The extremes reach the scheduler and the outputs, not only the loader.
    expect(planned.filter((exit) => exit === 0).length).toBeGreaterThan(20);
  }, 600_000);
});
