/**
 * Which activities were critical in one simulated schedule: those on a chain of driving
 * constraints back from an activity that finishes last. An activity's driving constraints are
 * the ones with the least slack among its links (FS/SS bound its start, FF/SF its finish) and
 * its resource hand-overs (the latest finish, at or before its start, of other work by the same
 * people). Taking the least slack rather than zero slack keeps the chain across a freeze or a
 * weekend off: the work before the freeze still drives the work after it.
 */
import { POINT } from '../schedule/compile.js';
import { linkSlack } from '../schedule/cpm.js';
import type { Simulation } from './setup.js';

/** Adds 1 to critical[j] for each activity critical in the decoder's current schedule. */
export function countCritical(sim: Simulation, makespan: number, critical: Int32Array, mark: Uint8Array, stack: Int32Array): void {
  const { problem, decoder, byResourceStart, byResource } = sim;
  const { start, finish } = decoder;
  const { predStart, predIndex, linkType, lag } = problem.net;
  mark.fill(0);
  let top = 0;
  for (let j = 0; j < problem.n; j++) {
    if (finish[j] === makespan) {
      mark[j] = 1;
      stack[top++] = j;
    }
  }
  while (top > 0) {
    const j = stack[--top];
    critical[j]++;
    // The least slack over links and hand-overs; then every constraint at that slack drives j.
    let least = Infinity;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) least = Math.min(least, linkSlack(linkType[e], start, finish, predIndex[e], j, lag[e]));
    if (problem.type[j] !== POINT) {
      for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) {
        const r = problem.candidates[d];
        for (let k = byResourceStart[r]; k < byResourceStart[r + 1]; k++) {
          const i = byResource[k];
          if (i !== j && finish[i] <= start[j] && finish[i] > start[i]) least = Math.min(least, start[j] - finish[i]);
        }
      }
    }
    if (least === Infinity) continue;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const i = predIndex[e];
      if (mark[i] === 0 && linkSlack(linkType[e], start, finish, i, j, lag[e]) === least) {
        mark[i] = 1;
        stack[top++] = i;
      }
    }
    if (problem.type[j] === POINT) continue;
    for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) {
      const r = problem.candidates[d];
      for (let k = byResourceStart[r]; k < byResourceStart[r + 1]; k++) {
        const i = byResource[k];
        if (mark[i] === 0 && i !== j && finish[i] <= start[j] && finish[i] > start[i] && start[j] - finish[i] === least) {
          mark[i] = 1;
          stack[top++] = i;
        }
      }
    }
  }
}
