/**
 * Baselines end to end: a plan against its own JSON has no slip, whatever the example; the launch
 * with one estimate raised slips by what the changed estimate and the holiday freeze make of it.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../src/api/index.js';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const example = (name: string) => readFileSync(new URL(`../examples/${name}.yaml`, import.meta.url), 'utf8');
const FAST = { iterations: 0, schedules: 200 } as const;

/** The launch with ot-logic's three-point estimate raised from [3d, 4d, 7d] to [3d, 6d, 9d]. */
function launchWithSlowerOtLogic(): string {
  const text = example('launch');
  const at = text.indexOf('estimate: [3d, 4d, 7d]', text.indexOf('  - id: ot-logic'));
  return `${text.slice(0, at)}estimate: [3d, 6d, 9d]${text.slice(at + 'estimate: [3d, 4d, 7d]'.length)}`;
}

describe('a plan against its own JSON', () => {
  it.each(['launch', 'sprint', 'incident'])('examples/%s.yaml has no slip at all', (name) => {
    const text = example(name);
    const baseline = runPlanSync({ text }, { ...FAST, formats: ['json'] }).outputs[0].text;
    const slip = runPlanSync({ text }, { ...FAST, formats: [], baseline: { text: baseline } }).analysis!.slip!;
    expect(slip.drift).toEqual({ slots: 0, days: 0, causes: [] });
    expect(slip.items.filter((i) => i.start.slots !== 0 || i.finish.slots !== 0 || i.start.days !== 0 || i.finish.days !== 0)).toEqual([]);
    expect([slip.added, slip.removed, slip.reestimated]).toEqual([[], [], []]);
    expect(slip.items.length).toBe(JSON.parse(baseline).tasks.length);
  });
});

describe('the launch with one estimate raised', () => {
  const baseline = runPlanSync({ text: example('launch') }, { ...FAST, formats: ['json'] }).outputs[0].text;
  const run = runPlanSync({ text: launchWithSlowerOtLogic() }, { ...FAST, formats: ['md'], baseline: { text: baseline, name: 'launch.json' } });
  const slip = run.analysis!.slip!;

  it('finishes one working day later: Fri Dec 13 against Thu Dec 12', () => {
    expect(slip.finish.baseline.date).toBe('2024-12-12');
    expect(slip.finish.current.date).toBe('2024-12-13');
    expect({ slots: slip.drift.slots, days: slip.drift.days }).toEqual({ slots: 1, days: 1 });
  });

  it('names the re-estimate as the first cause: two more days of ot-logic on the critical path', () => {
    expect(slip.reestimated.map((r) => [r.id, r.before.amount, r.after.amount])).toEqual([['ot-logic', 4, 6]]);
    expect(slip.drift.causes[0]).toEqual({ kind: 're-estimated', ids: ['ot-logic'], slots: 2 });
    // The holiday freeze (Dec 1-8) takes back a day: the rollout that slips past it waits for
    // the freeze either way. The terms add up to the drift.
    expect(slip.drift.causes.reduce((n, c) => n + c.slots, 0)).toBe(1);
    const otLogic = slip.items.find((i) => i.id === 'ot-logic')!;
    expect([otLogic.start.slots, otLogic.finish.slots]).toEqual([0, 2]);
  });

  it('says so in the Markdown: the summary line and the slip section', () => {
    const md = run.outputs[0].text;
    expect(md).toMatch(/^- \*\*Slip against the baseline\*\*: 1 working day later \(planned finish Fri 2024-12-13, baseline Thu 2024-12-12; section 15\)$/m);
    expect(md).toContain('## 15. Slip against the baseline');
    expect(md).toContain('| 1 | re-estimated from 4 person-days of effort (3 / 4 / 7) to 6 person-days of effort (3 / 6 / 9) | `ot-logic` Operational transform logic | +2 |');
  });
});

describe('the sprint started a week later than its baseline', () => {
  const text = example('sprint');
  const baseline = runPlanSync({ text }, { ...FAST, formats: ['json'] }).outputs[0].text;
  const later = text.replace('start: 2024-06-03', 'start: 2024-06-10');
  const slip = runPlanSync({ text: later }, { ...FAST, formats: [], baseline: { text: baseline } }).analysis!.slip!;
  const planned = JSON.parse(baseline);

  it('finishes 5 working days (7 calendar days) later, the start first among the causes', () => {
    expect({ slots: slip.drift.slots, days: slip.drift.days }).toEqual({ slots: 5, days: 7 });
    expect(slip.drift.causes[0]).toEqual({ kind: 'plan-start', ids: [], slots: 5 });
    // Dan's conference (Jun 10-11) now falls in the sprint's first days and reorders some work.
    expect(slip.drift.causes.reduce((n, c) => n + c.slots, 0)).toBe(5);
    // Work the baseline started on its first day sits 5 working days before the new start.
    const first = slip.items.filter((i) => i.start.baseline.date === '2024-06-03');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((i) => i.start.baseline.offset === -5)).toBe(true);
  });

  it('has an SPI of 0 at the new start: the baseline planned its first week of work done, no status reports any', () => {
    // PV: the work the baseline booked inside its first 5 working days, each activity earning evenly over its span.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const pv = planned.tasks.reduce((sum: number, t: any) => (t.finishOffset > t.startOffset ? sum + t.work.booked * Math.min(1, Math.max(0, (5 - t.startOffset) / (t.finishOffset - t.startOffset))) : sum), 0);
    expect(pv).toBeGreaterThan(0);
    expect(slip.spi).toEqual({ value: 0, earned: 0, planned: Math.round(pv * 100) / 100, asOf: { date: '2024-06-10', offset: 0 }, basis: 'plan-start' });
  });
});

describe('execplan plan --baseline', () => {
  it('writes the plan with its slip, and refuses to write it over the baseline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'execplan-baseline-cli-'));
    try {
      const spec = join(dir, 'launch.yaml');
      await writeFile(spec, example('launch'));
      expect(await run(['plan', spec, '--format', 'json', '--out', join(dir, 'base'), '--iterations', '0', '--schedules', '50'], captureIo())).toBe(0);
      const io = captureIo();
      expect(await run(['plan', spec, '--format', 'md,json', '--out', join(dir, 'now'), '--iterations', '0', '--schedules', '50', '--baseline', join(dir, 'base/launch.json')], io)).toBe(0);
      const json = JSON.parse(await readFile(join(dir, 'now/launch.json'), 'utf8'));
      expect(json.slip.drift).toEqual({ slots: 0, days: 0, causes: [] });
      expect(await readFile(join(dir, 'now/launch.md'), 'utf8')).toContain('Slip against the baseline');

      const over = captureIo();
      expect(await run(['plan', spec, '--format', 'json', '--out', join(dir, 'base'), '--iterations', '0', '--baseline', join(dir, 'base/launch.json')], over)).toBe(2);
      expect(over.err.join('')).toContain('over the baseline');
      expect(over.written).toEqual([]);
      expect(await readdir(join(dir, 'base'))).toEqual(['launch.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
