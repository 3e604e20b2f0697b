/**
 * Runs jobs on a fixed number of worker threads, each kept busy until the queue is empty.
 * Results come back in job order, so the output does not depend on which worker was faster.
 */
import { Worker } from 'node:worker_threads';

export async function runInWorkers<Job, Result>(
  script: URL,
  jobs: readonly Job[],
  workers: number,
  onResult?: (result: Result, done: number) => void,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(jobs.length);
  let next = 0;
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script);
      let current = -1;
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (result: Result) => {
        results[current] = result;
        onResult?.(result, ++done);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, runWorker));
  return results;
}
