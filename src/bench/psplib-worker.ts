/** Worker thread of the PSPLIB suite: reads each instance file it is sent and solves it. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { solvePsplibInstance, type PsplibRun } from './psplib-instance.js';

parentPort?.on('message', (job: PsplibRun) => {
  parentPort?.postMessage(solvePsplibInstance(job, readFileSync(job.file, 'utf8')));
});
