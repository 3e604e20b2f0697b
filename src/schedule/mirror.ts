/**
 * The general problem in mirrored time, for right-justification through calendars. Slot s'
 * of the mirror is slot H - 1 - s' of the plan, where H is the makespan being justified.
 * Links turn around (FS stays FS, SS and FF swap, SF stays SF) and rates and freeze masks are
 * read backwards. Slots past H (before the plan's start) take the steady rate: a mirrored
 * schedule that spills there is only used for the order it gives.
 */
import type { RateProfile } from '../calendar/rates.js';
import type { Problem } from './compile.js';
import { FF, FS, SF, SS, type CpmNetwork } from './cpm.js';

const TURNED = [FS, FF, SS, SF]; // indexed by FS, SS, FF, SF

/** Reversed links (successor side CSR of the mirror); depends only on the network. */
export function reversedNetwork(p: Problem): CpmNetwork {
  const { n, net, succStart } = p;
  const m = net.predStart[n];
  const predIndex = new Int32Array(m);
  const linkType = new Uint8Array(m);
  const lag = new Int32Array(m);
  const fill = succStart.slice(0, n);
  for (let j = 0; j < n; j++) {
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const slot = fill[net.predIndex[e]]++;
      predIndex[slot] = j;
      linkType[slot] = TURNED[net.linkType[e]];
      lag[slot] = net.lag[e];
    }
  }
  return { n, duration: net.duration, predStart: succStart, predIndex, linkType, lag };
}

function mirrorRates(profile: RateProfile, h: number): RateProfile {
  if (profile.dense.length === 0) return profile;
  const dense = new Float64Array(h);
  for (let s = 0; s < h; s++) {
    const t = h - 1 - s;
    dense[s] = t < profile.dense.length ? profile.dense[t] : profile.steady;
  }
  return { dense, steady: profile.steady };
}

function mirrorMask(mask: Uint8Array | undefined, h: number): Uint8Array | undefined {
  if (!mask) return undefined;
  const out = new Uint8Array(h);
  for (let s = 0; s < h; s++) {
    const t = h - 1 - s;
    out[s] = t < mask.length ? mask[t] : 0;
  }
  return out;
}

/**
 * The mirror of `p` over makespan h, with each demand fixed to the resource the forward
 * schedule gave it (justification moves work in time; it does not reassign it).
 */
export function mirrorProblem(p: Problem, reversed: CpmNetwork, h: number, assignee: Int32Array): Problem {
  const masks = new Map<Uint8Array, Uint8Array | undefined>();
  const mask = p.mask.map((m) => {
    if (!m) return undefined;
    if (!masks.has(m)) masks.set(m, mirrorMask(m, h));
    return masks.get(m);
  });
  return {
    ...p,
    rates: p.rates.map((r) => mirrorRates(r, h)),
    mask,
    candidateStart: Int32Array.from({ length: assignee.length + 1 }, (_, d) => d),
    candidates: assignee.slice(),
    net: reversed,
    succStart: p.net.predStart,
    succIndex: p.net.predIndex,
  };
}
