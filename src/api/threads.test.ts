/**
 * The worker-thread runner gives exactly the in-thread forecast, for 1 and 2 workers. The worker
 * runs from a bundle of the current sources (rolldown, as vite uses it), so no build is needed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastPlan, type ForecastOptions } from '../forecast/index.js';
import { batchRanges, forecastInThreads, splitRange } from './threads.js';
import { forecastModel, planOf } from '../forecast/test-utils/plans.js';
import { runPlanSync } from './pipeline.js';

let dir = '';
let script: URL;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'execplan-worker-'));
  const file = join(dir, 'worker.mjs');
  await build({ input: resolve(fileURLToPath(import.meta.url), '../worker.ts'), platform: 'node', output: { file, format: 'esm' }, logLevel: 'silent' });
  script = pathToFileURL(file);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('forecastInThreads', () => {
  it('splits iterations into contiguous ranges', () => {
    expect(splitRange(10, 3)).toEqual([[0, 3], [3, 6], [6, 10]]);
    expect(splitRange(1, 2)).toEqual([[0, 1]]);
  });

  it('sends each request whole when the batch fills every worker, and splits smaller batches', () => {
    expect(batchRanges(2, { from: 0, to: 10 }, 2)).toEqual([[0, 10]]);
    expect(batchRanges(5, { from: 0, to: 10 }, 2)).toEqual([[0, 10]]);
    expect(batchRanges(1, { from: 0, to: 10 }, 2)).toEqual([[0, 5], [5, 10]]);
    expect(batchRanges(1, { from: 500, to: 1000 }, 2)).toEqual([[500, 750], [750, 1000]]);
  });

  it('gives identical results for 1 and 2 worker threads and in this thread', async () => {
    const model = forecastModel({
      start: '2024-10-14',
      resources: [{ id: 'p1', skills: ['x'] }, { id: 'p2', skills: ['x'] }],
      tasks: [
        { id: 'a', duration: 5, skills: ['x'] },
        { id: 'b', duration: 4, skills: ['x'], after: ['a'] },
        { id: 'c', duration: 6, skills: ['x'] },
        { id: 'd', duration: 2, skills: ['x'], priority: 'could', after: ['c'] },
      ],
      estimates: { a: [3, 5, 9], b: [2, 4, 8], c: [4, 6, 12] },
      risks: [{ probability: 0.4, affects: ['b'], delay: { optimistic: 1, likely: 2, pessimistic: 4 } }],
      deadline: { date: '2024-10-25', hard: true, confidence: 0.95 },
    });
    const result = planOf(model);
    const options: ForecastOptions = { iterations: 501, seed: 11, distribution: 'pert', correlation: 0.3 };
    const here = JSON.stringify(forecastPlan(result, options));
    let progress = 0;
    const one = JSON.stringify(await forecastInThreads(result, options, { workers: 1, script }));
    const two = JSON.stringify(await forecastInThreads(result, options, { workers: 2, script, onProgress: (done) => (progress = done) }));
    expect(one).toBe(here);
    expect(two).toBe(here);
    expect(progress).toBeGreaterThanOrEqual(501);
  });

  it('runs the batches below startAt in this thread and the rest in workers, with the same result', async () => {
    const model = forecastModel({
      start: '2024-10-14',
      resources: [{ id: 'p1', skills: ['x'] }],
      tasks: [
        { id: 'a', duration: 5, skills: ['x'] },
        { id: 'b', duration: 4, skills: ['x'], after: ['a'] },
      ],
      estimates: { a: [1, 5, 60], b: [1, 4, 60] },
    });
    const result = planOf(model);
    const options: ForecastOptions = { iterations: 4000, seed: 7, distribution: 'pert', correlation: 0 };
    const here = forecastPlan(result, options);
    // Batches of 250, 250 and 500 runs of 2 activities stay here; a batch of 1,000 or more starts the workers.
    expect(here.iterations).toBeGreaterThanOrEqual(2000);
    const reports: number[] = [];
    const mixed = await forecastInThreads(result, options, { workers: 2, script, startAt: 2000, onProgress: (done) => reports.push(done) });
    expect(JSON.stringify(mixed)).toBe(JSON.stringify(here));
    expect(reports.slice(0, 3)).toEqual([250, 500, 1000]);
    expect(reports.at(-1)).toBe(here.iterations);
  });

  it('gives identical results across threads for a re-plan whose estimates learned from a status', async () => {
    const spec = 'plan: Learning\nstart: 2024-10-14\nteam: [{ id: p }, { id: q }]\ntasks:\n  - { id: a, assignee: p, duration: 2d }\n  - { id: b, assignee: p, estimate: [3d, 4d, 6d], after: [a] }\n  - { id: c, assignee: q, duration: 3d }\n';
    const status = 'as_of: 2024-10-16\ntasks:\n  a: { started: 2024-10-14, done: 2024-10-16 }\nhistory:\n  - { by: q, estimate: 2d, actual: 3d }\n';
    const result = runPlanSync({ text: spec, status: { text: status } }, { iterations: 0, formats: [] }).result!;
    const options: ForecastOptions = { iterations: 600, seed: 5, distribution: 'pert', correlation: 0.2 };
    const here = forecastPlan(result, options);
    expect(here.learning).toBeDefined();
    const two = JSON.stringify(await forecastInThreads(result, options, { workers: 2, script }));
    expect(two).toBe(JSON.stringify(here));
  });
});
