import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ITERATIONS, MAX_SCHEDULES, MAX_TIME_SECONDS, MAX_WORKERS, parsePlanOptions } from './options.js';

describe('the limits of the options that set an amount of work', () => {
  it.each([
    ['iterations', MAX_ITERATIONS],
    ['schedules', MAX_SCHEDULES],
    ['workers', MAX_WORKERS],
  ] as const)('accepts %s at its limit and refuses one more, naming the option', (option, limit) => {
    expect(parsePlanOptions({ [option]: limit }).ok).toBe(true);
    const past = parsePlanOptions({ [option]: limit + 1 });
    expect(past).toMatchObject({ ok: false, issues: [{ option }] });
    expect(parsePlanOptions({ [option]: 999_999_999 })).toMatchObject({ ok: false, issues: [{ option }] });
  });

  it('takes a time limit above 0 and up to an hour, in seconds with fractions', () => {
    expect(parsePlanOptions({ time: 0.5 })).toMatchObject({ ok: true, options: { time: 0.5 } });
    expect(parsePlanOptions({ time: MAX_TIME_SECONDS }).ok).toBe(true);
    const none = parsePlanOptions({});
    expect(none.ok && none.options.time).toBeUndefined();
    for (const bad of [0, -1, MAX_TIME_SECONDS + 1, Number.NaN, '5', Number.POSITIVE_INFINITY]) {
      expect(parsePlanOptions({ time: bad }), String(bad)).toMatchObject({ ok: false, issues: [{ option: 'time' }] });
    }
  });

  it('holds the limits docs/limits.md gives', () => {
    const doc = readFileSync(new URL('../../docs/limits.md', import.meta.url), 'utf8');
    const limit = (option: string) => doc.match(new RegExp(`^\\| \`${option}\` \\| [^|]+ \\| \\d+ to ([\\d,]+) \\|`, 'm'))?.[1].replace(/,/g, '');
    expect([limit('iterations'), limit('schedules'), limit('workers')].map(Number)).toEqual([MAX_ITERATIONS, MAX_SCHEDULES, MAX_WORKERS]);
    expect(doc).toContain(`| \`time\` | \`--time\` | above 0 to ${MAX_TIME_SECONDS.toLocaleString('en-US')} seconds |`);
  });
});
