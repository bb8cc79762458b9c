// The two comparisons every finding rests on, both on log scores, so a difference reads as a ratio: a
// group against the rest, and a slope. Intervals from the t distribution (Welch's; HC3 errors for the
// slope), p-values from permutations (./permutation.ts says why). Pure.
import { LEVEL } from './config';
import { tCritical } from './distributions';
import { permutationP, slopePermutationP } from './permutation';

/** A ratio with its interval and the two-sided p-value of "no difference", before the correction. */
export interface Estimate {
  ratio: number;
  low: number;
  high: number;
  p: number;
}

function meanVar(xs: readonly number[]): [number, number] {
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return [mean, xs.length > 1 ? ss / (xs.length - 1) : Number.NaN];
}

/** Ratio exp(d) with the interval exp(d ± t·se). */
function estimate(d: number, se: number, df: number, p: number): Estimate {
  // Every value alike on both sides: the difference is exact, there is no spread to be noise.
  const q = se === 0 ? 0 : tCritical(LEVEL, df);
  return { ratio: Math.exp(d), low: Math.exp(d - q * se), high: Math.exp(d + q * se), p };
}

/**
 * Group against the rest on log scores: Welch's interval (unequal variances, Welch–Satterthwaite df).
 * Why a t-interval on logs rather than a bootstrap: scores are ratios, roughly log-normal, and a
 * bootstrap's percentile interval is too narrow at the small groups (5-15 posts) most findings have.
 * Needs two values on each side (callers ask for MIN_POSTS); `seed` makes the p-value repeatable.
 */
export function welch(group: readonly number[], rest: readonly number[], seed: number): Estimate {
  const [ma, va] = meanVar(group);
  const [mb, vb] = meanVar(rest);
  const sa = va / group.length;
  const sb = vb / rest.length;
  const se = Math.sqrt(sa + sb);
  const df = se === 0 ? 1 : (sa + sb) ** 2 / (sa ** 2 / (group.length - 1) + sb ** 2 / (rest.length - 1));
  return estimate(ma - mb, se, df, permutationP(group, rest, seed));
}

/**
 * The least-squares slope of y on x, its interval with HC3 standard errors (MacKinnon & White 1985; Long
 * & Ervin 2000 recommend HC3 below 250 points): weekly medians of few posts are noisier than those of
 * many, which plain errors would ignore. Returned as the ratio exp(slope · per).
 */
export function slope(x: readonly number[], y: readonly number[], per: number, seed: number): Estimate {
  const n = x.length;
  const [mx] = meanVar(x);
  const [my] = meanVar(y);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  const b = sxy / sxx;
  let meat = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - my - b * (x[i]! - mx);
    const h = 1 / n + (x[i]! - mx) ** 2 / sxx;
    meat += ((x[i]! - mx) ** 2 * e * e) / Math.max(1 - h, 1e-9) ** 2;
  }
  const se = Math.sqrt(meat) / sxx;
  return estimate(b * per, se * per, n - 2, slopePermutationP(x, y, seed));
}
