/**
 * Runs the forecast's simulation batches across worker threads (the Node edge of the forecast;
 * the core in src/forecast is pure and runs anywhere). A batch with at least one request per
 * worker sends each request whole to one worker; a smaller batch splits each request's
 * iterations into one contiguous range per worker. Since iteration i always draws from the PRNG
 * seeded by (seed, i), the joined result is the same for any split, including none.
 *
 * A worker starts cold: it compiles the plan again and runs the schedule generator in V8's
 * interpreter for its first hundreds of runs, while this thread is warm from the search. So with
 * `startAt`, batches run here until one is big enough to pay for that; the workers start then,
 * and take every batch after it.
 */
import { Worker } from 'node:worker_threads';
import type { ScheduledPlan } from '../plan/index.js';
import { isRecord, mismatch, planResultProblem, type Problem } from './guards.js';
import { parsePlanOptions, resolveOptions } from './options.js';
import { forecastSettings, refuse } from './stages.js';
import { forecastJob, forecastMemo, forecastPlan, forecastSteps, type ForecastOptions, jobSamplingPlan, joinRanges, runRange, type ForecastJob, type SimRequest, type SimResult, type Forecast } from '../forecast/index.js';

export interface ThreadOptions {
  /** Worker threads; 0 runs everything in this thread. */
  readonly workers: number;
  /** Called as ranges finish: iterations done and iterations asked for so far. */
  readonly onProgress?: (done: number, asked: number) => void;
  /** The worker entry (the built worker.js); tests pass a bundle of the sources. */
  readonly script?: URL;
  /**
   * Activity-iterations (runs times scheduled activities) a batch must reach before the workers
   * start; smaller batches before it run in this thread. Absent or 0: they start at once.
   */
  readonly startAt?: number;
}

/** Messages to a worker. */
export type WorkerMessage = { readonly type: 'init'; readonly job: ForecastJob } | { readonly type: 'run'; readonly id: number; readonly request: SimRequest; readonly from: number; readonly to: number };
/** Messages from a worker. */
export type WorkerReply = { readonly id: number; readonly result: SimResult } | { readonly id: number; readonly error: string };

export async function forecastInThreads(result: ScheduledPlan, requested: Partial<ForecastOptions>, threads: ThreadOptions): Promise<Forecast> {
  refuse('forecastInThreads', planResultProblem(result), threadOptionsProblem(threads));
  const options = forecastSettings('forecastInThreads()', requested);
  resolveOptions('forecastInThreads()', { workers: threads.workers });
  if (threads.workers <= 0) return forecastPlan(result, options);
  const job = forecastJob(result, options);
  const plan = jobSamplingPlan(job);
  const activities = result.schedule.activities.length;
  const memo = forecastMemo(result.compiled);
  let pool: WorkerPool | undefined;
  try {
    const steps = forecastSteps(result, options, plan);
    let answer: readonly SimResult[] = [];
    let done = 0;
    let asked = 0;
    for (;;) {
      const next = steps.next(answer);
      if (next.done) return next.value;
      const runs = next.value.reduce((n, request) => n + request.to - request.from, 0);
      asked += runs;
      if (!pool && runs * activities < (threads.startAt ?? 0)) {
        answer = next.value.map((request) => runRange(job, plan, request, request.from, request.to, memo));
        done += runs;
        threads.onProgress?.(done, asked);
        continue;
      }
      pool ??= new WorkerPool(threads.script ?? new URL('./worker.js', import.meta.url), threads.workers, job);
      const workers = pool;
      const batch = next.value.length;
      answer = await Promise.all(
        next.value.map(async (request) => {
          const parts = await Promise.all(
            batchRanges(batch, request, threads.workers).map(async ([from, to]) => {
              const part = await workers.run(request, from, to);
              done += to - from;
              threads.onProgress?.(done, asked);
              return part;
            }),
          );
          return joinRanges(parts, plan.works.length);
        }),
      );
    }
  } finally {
    await pool?.close();
  }
}

/** The thread settings' shape; the worker count itself goes through the options schema. */
function threadOptionsProblem(threads: unknown): Problem {
  if (!isRecord(threads)) return mismatch('threads', 'an object ({ workers, onProgress?, script?, startAt? })', threads);
  if (typeof threads.workers !== 'number') return mismatch('threads.workers', 'a whole number >= 0', threads.workers);
  if (threads.startAt !== undefined && !(typeof threads.startAt === 'number' && threads.startAt >= 0)) return mismatch('threads.startAt', 'a number >= 0', threads.startAt);
  if (threads.onProgress !== undefined && typeof threads.onProgress !== 'function') return mismatch('threads.onProgress', 'a function', threads.onProgress);
  return threads.script === undefined || threads.script instanceof URL ? undefined : mismatch('threads.script', 'a URL', threads.script);
}

/** Below this many activity-iterations, starting threads costs more than it saves. */
export const THREADS_WORTH_IT = 1_000_000;

/**
 * The smallest batch (in activity-iterations) worth starting cold workers for, when the caller
 * left the worker count to autoWorkers: the first batch of 250 runs takes about 1.2 CPU-s in
 * this thread and 1.9 across two fresh workers on a 5,000-task plan, 4.6 and 7.5 on 20,000
 * tasks, for about the same wall time.
 */
export const BATCH_WORTH_THREADS = 8_000_000;

/** Worker threads for a forecast when the caller does not say: every core, for big runs only. */
export function autoWorkers(result: ScheduledPlan, iterations: number, cores: number): number {
  const iterationsProblem = typeof iterations === 'number' ? undefined : mismatch('iterations', 'a whole number >= 0', iterations);
  refuse('autoWorkers', planResultProblem(result), iterationsProblem, Number.isSafeInteger(cores) && cores >= 1 ? undefined : mismatch('cores', 'a whole number >= 1', cores));
  resolveOptions('autoWorkers()', { iterations });
  return iterations * result.schedule.activities.length < THREADS_WORTH_IT ? 0 : mostWorkersAllowed(cores);
}

/**
 * The largest worker count up to `cores` that the options schema accepts, so the automatic
 * choice on a machine with many cores never exceeds the limit a caller would be held to. The
 * schema states the limit; this asks it rather than repeating it.
 */
function mostWorkersAllowed(cores: number): number {
  let allowed = 1;
  let above = cores + 1;
  while (above - allowed > 1) {
    const middle = Math.floor((allowed + above) / 2);
    if (parsePlanOptions({ workers: middle }).ok) allowed = middle;
    else above = middle;
  }
  return allowed;
}

/**
 * The iteration ranges each request of a batch is cut into. Every range rebuilds the request's
 * simulation, and a capacity ask re-plans the whole schedule to build it, so a batch that
 * already keeps every worker busy runs each request whole rather than re-planning per worker.
 */
export function batchRanges(requests: number, request: { readonly from: number; readonly to: number }, workers: number): [number, number][] {
  if (requests >= workers) return [[request.from, request.to]];
  return splitRange(request.to - request.from, workers).map(([from, to]) => [request.from + from, request.from + to]);
}

/** [from, to) ranges covering 0..n in `parts` nearly equal pieces (empty ones left out). */
export function splitRange(n: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < parts; k++) {
    const from = Math.floor((n * k) / parts);
    const to = Math.floor((n * (k + 1)) / parts);
    if (to > from) out.push([from, to]);
  }
  return out.length > 0 ? out : [[0, 0]];
}

interface Pending {
  readonly message: WorkerMessage & { type: 'run' };
  readonly resolve: (r: SimResult) => void;
  readonly reject: (e: Error) => void;
}

/** A fixed set of workers, each initialised with the job once, fed from one queue. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private nextId = 0;

  constructor(script: URL, size: number, job: ForecastJob) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(script);
      worker.postMessage({ type: 'init', job } satisfies WorkerMessage);
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (e) => this.failAll(e));
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  run(request: SimRequest, from: number, to: number): Promise<SimResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { type: 'run', id: this.nextId++, request, from, to }, resolve, reject });
      this.feed();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private feed(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(task.message.id, task);
      worker.postMessage(task.message);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const task = this.running.get(reply.id);
    this.running.delete(reply.id);
    this.idle.push(worker);
    if (task) {
      if ('error' in reply) task.reject(new Error(reply.error));
      else task.resolve(reply.result);
    }
    this.feed();
  }

  private failAll(e: Error): void {
    for (const task of [...this.running.values(), ...this.queue]) task.reject(e);
    this.running.clear();
    this.queue.length = 0;
  }
}
