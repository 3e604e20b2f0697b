/**
 * Three-point estimates as probability distributions, sampled by inverse CDF: one uniform in,
 * one value out. Inverse-CDF sampling keeps each estimate on exactly one draw of the PRNG (so
 * removing a risk or cutting a task never shifts the other draws: common random numbers) and
 * makes correlation a matter of correlating the uniforms (a Gaussian copula).
 *
 * - PERT-beta: the beta distribution on [o, p] with mode m and shape 4 (alpha = 1 + 4(m-o)/(p-o),
 *   beta = 1 + 4(p-m)/(p-o)), mean (o + 4m + p)/6. Its inverse CDF has no closed form, so each
 *   shape gets a quantile table, computed once by integrating the density, and read by linear
 *   interpolation. Both shapes are >= 1, so the density is bounded and the integral is plain.
 * - Triangular on [o, p] with mode m: closed-form inverse CDF.
 */
import type { Estimate } from '../model/index.js';

export const DISTRIBUTIONS = ['pert', 'triangular'] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];

/** A sampler of one estimate: maps u in [0, 1) to a value in [o, p]. */
export type Quantile = (u: number) => number;

/** Resolution of a PERT quantile table: the error from interpolation is far below a slot. */
const TABLE_SIZE = 2048;
const INTEGRATION_STEPS = 8192;

/** QuantileShape kinds. */
export const CERTAIN = 0;
export const TRIANGULAR = 1;
export const PERT = 2;
const NO_TABLE = new Float64Array(0);

/** A three-point estimate's sampler as data: low + width * (the standard shape's quantile). */
export interface QuantileShape {
  readonly kind: number;
  /** The optimistic value (the likely one for CERTAIN). */
  readonly low: number;
  readonly width: number;
  /** The standard shape's mode on [0, 1]. */
  readonly mode: number;
  /** PERT's quantile table; empty for the others. */
  readonly table: Float64Array;
}

/** Reads a shape at u, with exactly the arithmetic of the Quantile it stands for. */
export function shapeQuantile(shape: QuantileShape, u: number): number {
  return quantileAt(shape.kind, shape.low, shape.width, shape.mode, shape.table, u);
}

export function quantileAt(kind: number, low: number, width: number, mode: number, table: Float64Array, u: number): number {
  if (kind === PERT) return low + width * readTable(table, u);
  if (kind === TRIANGULAR) return low + width * triangularQuantile(u, mode);
  return low;
}

/** Quantile tables of the standard PERT-beta on [0, 1], keyed by its mode. */
export class QuantileTables {
  private readonly tables = new Map<number, Float64Array>();

  quantile(estimate: Estimate, distribution: DistributionName): Quantile {
    const shape = this.shape(estimate, distribution);
    return (u) => shapeQuantile(shape, u);
  }

  /** The same sampler as `quantile`, as data, for loops that draw many estimates. */
  shape(estimate: Estimate, distribution: DistributionName): QuantileShape {
    const { optimistic: o, likely: m, pessimistic: p } = estimate;
    const width = p - o;
    if (!(width > 0)) return { kind: CERTAIN, low: m, width: 0, mode: 0, table: NO_TABLE };
    const mode = Math.min(1, Math.max(0, (m - o) / width));
    if (distribution === 'triangular') return { kind: TRIANGULAR, low: o, width, mode, table: NO_TABLE };
    return { kind: PERT, low: o, width, mode, table: this.table(mode) };
  }

  private table(mode: number): Float64Array {
    const key = Math.round(mode * 1e9) / 1e9;
    let table = this.tables.get(key);
    if (!table) this.tables.set(key, (table = pertTable(key)));
    return table;
  }
}

/** Inverse CDF of the triangular distribution on [0, 1] with the given mode. */
export function triangularQuantile(u: number, mode: number): number {
  return u < mode ? Math.sqrt(u * mode) : 1 - Math.sqrt((1 - u) * (1 - mode));
}

/** Values at u = k / TABLE_SIZE, k = 0..TABLE_SIZE, of the PERT-beta inverse CDF on [0, 1]. */
function pertTable(mode: number): Float64Array {
  return invertCdf(pertCdf(1 + 4 * mode, 1 + 4 * (1 - mode)));
}

/**
 * The unnormalised CDF of beta(a, b) at k / INTEGRATION_STEPS, by the midpoint rule. Its own
 * function, apart from the inversion, so each loop is optimised with feedback of its own.
 */
function pertCdf(a: number, b: number): Float64Array {
  const cdf = new Float64Array(INTEGRATION_STEPS + 1);
  const h = 1 / INTEGRATION_STEPS;
  for (let k = 0; k < INTEGRATION_STEPS; k++) {
    const x = (k + 0.5) * h;
    cdf[k + 1] = cdf[k] + Math.pow(x, a - 1) * Math.pow(1 - x, b - 1);
  }
  return cdf;
}

/** The quantile table of a running CDF, by linear interpolation between its steps. */
function invertCdf(cdf: Float64Array): Float64Array {
  const h = 1 / INTEGRATION_STEPS;
  const total = cdf[INTEGRATION_STEPS];
  const table = new Float64Array(TABLE_SIZE + 1);
  let k = 0;
  for (let q = 0; q <= TABLE_SIZE; q++) {
    const target = (q / TABLE_SIZE) * total;
    while (k < INTEGRATION_STEPS && cdf[k + 1] < target) k++;
    const span = cdf[k + 1] - cdf[k];
    const within = span > 0 ? (target - cdf[k]) / span : 0;
    table[q] = Math.min(1, (k + Math.min(1, Math.max(0, within))) * h);
  }
  table[0] = 0;
  table[TABLE_SIZE] = 1;
  return table;
}

function readTable(table: Float64Array, u: number): number {
  const x = u * TABLE_SIZE;
  const k = Math.min(TABLE_SIZE - 1, Math.floor(x));
  return table[k] + (table[k + 1] - table[k]) * (x - k);
}

// Acklam's coefficients, built once rather than on every draw.
const ACKLAM_A: readonly number[] = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B: readonly number[] = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const ACKLAM_C: readonly number[] = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D: readonly number[] = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error 1e-9). */
export function normalQuantile(u: number): number {
  const p = Math.min(1 - 1e-12, Math.max(1e-12, u));
  const a = ACKLAM_A;
  const b = ACKLAM_B;
  const c = ACKLAM_C;
  const d = ACKLAM_D;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Standard normal CDF through the Numerical Recipes erfc (fractional error below 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Correlates a task's uniform with the iteration's common factor (a one-factor Gaussian
 * copula): z = sqrt(rho) * common + sqrt(1 - rho) * own, back to a uniform by the normal CDF.
 * Every pair of estimates then has normal-scale correlation rho; the marginals are unchanged.
 */
export function correlated(u: number, common: number, rho: number): number {
  if (rho <= 0) return u;
  const z = Math.sqrt(rho) * common + Math.sqrt(1 - rho) * normalQuantile(u);
  return Math.min(1 - 1e-12, normalCdf(z));
}
