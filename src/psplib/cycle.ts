/**
 * Precedence cycle detection over successor lists. PSPLIB numbers jobs topologically, but a
 * hand-edited file may not, and a cycle would make every schedule infeasible: name it instead.
 */

/** One cycle as job numbers (first repeated at the end), or undefined when the network is acyclic. */
export function findCycle(successors: readonly (readonly number[])[]): number[] | undefined {
  const count = successors.length;
  const indegree = new Int32Array(count);
  for (const list of successors) for (const s of list) indegree[s - 1]++;
  const queue: number[] = [];
  indegree.forEach((d, i) => {
    if (d === 0) queue.push(i);
  });
  const removed = new Uint8Array(count);
  for (let head = 0; head < queue.length; head++) {
    const job = queue[head];
    removed[job] = 1;
    for (const s of successors[job]) if (--indegree[s - 1] === 0) queue.push(s - 1);
  }
  if (queue.length === count) return undefined;
  // Every job left has a predecessor that is also left (else Kahn would have removed it), so
  // walking predecessors among the leftovers never dead-ends and must repeat a job: a cycle.
  const predecessorLeft = new Int32Array(count).fill(-1);
  successors.forEach((list, from) => {
    if (removed[from] === 0) for (const s of list) if (removed[s - 1] === 0) predecessorLeft[s - 1] = from;
  });
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  let job = removed.indexOf(0);
  while (!seenAt.has(job)) {
    seenAt.set(job, walk.length);
    walk.push(job);
    job = predecessorLeft[job];
  }
  const cycle = walk.slice(seenAt.get(job)).reverse().map((j) => j + 1);
  return [...cycle, cycle[0]];
}
