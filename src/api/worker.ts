/** Worker thread entry for src/api/threads.ts: runs iteration ranges of simulation requests. */
import { parentPort } from 'node:worker_threads';
import { forecastMemo, jobSamplingPlan, runRange, type ForecastJob, type ForecastMemo, type SamplingPlan } from '../forecast/index.js';
import type { WorkerMessage, WorkerReply } from './threads.js';

let job: ForecastJob | undefined;
let plan: SamplingPlan | undefined;
let memo: ForecastMemo | undefined;

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.type === 'init') {
    job = message.job;
    plan = jobSamplingPlan(job);
    memo = forecastMemo();
    return;
  }
  try {
    if (!job || !plan) throw new Error('forecast worker used before init');
    const result = runRange(job, plan, message.request, message.from, message.to, memo);
    const transfer = [result.makespans.buffer, ...(result.critical ? [result.critical.buffer] : []), ...(result.samples ? [result.samples.buffer] : [])] as ArrayBuffer[];
    parentPort!.postMessage({ id: message.id, result } satisfies WorkerReply, transfer);
  } catch (e) {
    parentPort!.postMessage({ id: message.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
});
