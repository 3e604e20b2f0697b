/**
 * Random activity networks in the CSR form `cpmArrays` reads, generated straight into typed
 * arrays so a million-task network costs tens of megabytes, not a million objects.
 * Every activity has 2-3 predecessors among the ~100 before it in a hidden topological order
 * (mixed FS/SS/FF/SF links, lags from -3 to +5); ids are then shuffled so the CPM must find the
 * order itself, as it would for a real plan.
 */
import { FF, FS, SF, SS, type CpmNetwork } from '../schedule/index.js';
import { createRandom, randomInt } from './prng.js';

const WINDOW = 100;

export function generateCpmNetwork(n: number, seed: number): CpmNetwork {
  const random = createRandom(seed);
  // Links in topological positions first, then renumbered through a random permutation.
  const counts = new Int32Array(n);
  for (let k = 1; k < n; k++) counts[k] = Math.min(k, randomInt(random, 2, 3));
  const topoStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) topoStart[k + 1] = topoStart[k] + counts[k];
  const links = topoStart[n];
  const topoPred = new Int32Array(links);
  for (let k = 1; k < n; k++) {
    const lowest = Math.max(0, k - WINDOW);
    for (let e = topoStart[k]; e < topoStart[k + 1]; e++) topoPred[e] = randomInt(random, lowest, k - 1);
  }
  const idOf = shuffledIds(n, random);
  const predStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) predStart[idOf[k] + 1] = counts[k];
  for (let j = 0; j < n; j++) predStart[j + 1] += predStart[j];
  const predIndex = new Int32Array(links);
  const linkType = new Uint8Array(links);
  const lag = new Int32Array(links);
  const duration = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const j = idOf[k];
    duration[j] = randomInt(random, 0, 10);
    let e = predStart[j];
    for (let t = topoStart[k]; t < topoStart[k + 1]; t++, e++) {
      predIndex[e] = idOf[topoPred[t]];
      linkType[e] = randomLinkType(random());
      const roll = random();
      lag[e] = roll < 0.7 ? 0 : roll < 0.9 ? randomInt(random, 1, 5) : -randomInt(random, 1, 3);
    }
  }
  return { n, duration, predStart, predIndex, linkType, lag };
}

function randomLinkType(roll: number): number {
  return roll < 0.7 ? FS : roll < 0.85 ? SS : roll < 0.95 ? FF : SF;
}

function shuffledIds(n: number, random: () => number): Int32Array {
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = ids[i];
    ids[i] = ids[j];
    ids[j] = t;
  }
  return ids;
}

/** Bytes held by the network's arrays. */
export function networkBytes(net: CpmNetwork): number {
  return [net.duration, net.predStart, net.predIndex, net.linkType, net.lag].reduce((sum, a) => sum + a.byteLength, 0);
}
