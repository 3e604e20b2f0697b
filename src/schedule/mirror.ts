/**
 * The general problem in mirrored time, for right-justification through calendars. Slot s'
 * of the mirror is slot H - 1 - s' of the plan, where H is the makespan being justified.
 * Links turn around (FS stays FS, SS and FF swap, SF stays SF) and rates and freeze masks are
 * read backwards. Slots past H (before the plan's start) take the steady rate: a mirrored
 * schedule that spills there is only used for the order it gives.
 */
import type { RateProfile } from '../calendar/index.js';
import { withFixedAssignment, type Problem } from './compile.js';
import { FF, FS, SF, SS, successorsOf, type CpmNetwork } from './cpm.js';
import type { Baseline } from './sgs.js';

const TURNED = [FS, FF, SS, SF]; // indexed by FS, SS, FF, SF

/** Reversed links (successor side CSR of the mirror); depends only on the network. */
export function reversedNetwork(p: Problem): CpmNetwork {
  const { n, net } = p;
  const succ = successorsOf(n, net.predStart, net.predIndex);
  const linkType = Uint8Array.from(succ.link, (e) => TURNED[net.linkType[e]]);
  const lag = Int32Array.from(succ.link, (e) => net.lag[e]);
  return { n, duration: net.duration, predStart: succ.start, predIndex: succ.index, linkType, lag };
}

function mirrorRates(profile: RateProfile, h: number): RateProfile {
  if (profile.dense.length === 0) return profile;
  const dense = new Float64Array(h);
  for (let s = 0; s < h; s++) {
    const t = h - 1 - s;
    dense[s] = t < profile.dense.length ? profile.dense[t] : profile.steady;
  }
  return { dense, steady: profile.steady, peak: profile.peak };
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
    ...withFixedAssignment(p, assignee),
    rates: p.rates.map((r) => mirrorRates(r, h)),
    mask,
    net: reversed,
    succStart: p.net.predStart,
    succIndex: p.net.predIndex,
    // Justification only orders the forward pass, which keeps the rest rules.
    rest: undefined,
  };
}

/**
 * Placed work as the mirror over makespan h sees it: its usage read backwards. The bounds its
 * links set turn into latest finishes in mirrored time, which a serial scheme cannot honour;
 * they are left out, as the mirrored schedule only gives the order of the forward pass that
 * follows, and that pass keeps them.
 */
export function mirrorBaseline(baseline: Baseline, n: number, h: number): Baseline {
  const usage = baseline.usage.map((u) => {
    const out = new Float64Array(h);
    for (let s = 0; s < h; s++) {
      const t = h - 1 - s;
      out[s] = t < u.length ? u[t] : 0;
    }
    return out;
  });
  return { usage, earliestStart: new Int32Array(n), earliestFinish: new Int32Array(n) };
}
