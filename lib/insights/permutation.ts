// Permutation p-values: how often shuffling the labels (which posts are in the group; which week had how
// many posts) gives a statistic at least as large as the one seen. Why permutations rather than the t
// distribution's tails: they are exact whatever the scores' shape when posts are exchangeable, and on
// synthetic histories with no effect the t-test's smallest p-values (the ones the correction acts on)
// came out two to four times too often. The statistic shuffled is the studentised one (Welch's t; the
// slope over its HC3 error), which keeps the test valid when groups differ in spread but not in level
// (Janssen 1997; DiCiccio & Romano 2017). Sequential stopping (Besag & Clifford 1991) ends a test after
// EXCEED larger shuffles, so the many plainly-null groups cost a few hundred shuffles, not thousands.
import { seeded } from './random';

/** At most this many shuffles: p-values down to 1/10,000, below any threshold the correction uses. */
const SHUFFLES = 9_999;
/** Stop once this many shuffles beat the observed statistic: the p-value is then about EXCEED/shuffles. */
const EXCEED = 50;

/** Runs shuffles until EXCEED of them reach `observed` (Besag–Clifford p = h/L) or SHUFFLES are done. */
function sequentialP(observed: number, shuffled: () => number): number {
  if (Number.isNaN(observed)) return 1;
  const bar = observed - 1e-9 * (1 + observed);
  let beat = 0;
  for (let i = 1; i <= SHUFFLES; i++) {
    if (shuffled() >= bar && ++beat >= EXCEED) return beat / i;
  }
  return (beat + 1) / (SHUFFLES + 1);
}

/** |Welch t| from one side's sum and sum of squares (k values) and the totals (n values). */
function welchT(s: number, q: number, k: number, total: number, total2: number, n: number): number {
  const m = n - k;
  const ma = s / k;
  const mb = (total - s) / m;
  const va = Math.max(0, q - k * ma * ma) / (k - 1);
  const vb = Math.max(0, total2 - q - m * mb * mb) / (m - 1);
  const se = Math.sqrt(va / k + vb / m);
  const d = Math.abs(ma - mb);
  return se > 0 ? d / se : d > 1e-12 ? Number.POSITIVE_INFINITY : 0;
}

/** Two-sided studentised permutation p-value of the difference in means between `group` and `rest`. */
export function permutationP(group: readonly number[], rest: readonly number[], seed: number): number {
  const all = Float64Array.from([...group, ...rest]);
  const n = all.length;
  // Shuffle the smaller side's labels: the same test, fewer draws.
  const side = group.length <= rest.length ? group : rest;
  const k = side.length;
  let total = 0;
  let total2 = 0;
  for (const v of all) {
    total += v;
    total2 += v * v;
  }
  const sum = (xs: ArrayLike<number>, len: number, sq: boolean) => {
    let s = 0;
    for (let i = 0; i < len; i++) s += sq ? xs[i]! * xs[i]! : xs[i]!;
    return s;
  };
  const observed = welchT(sum(side, k, false), sum(side, k, true), k, total, total2, n);
  const random = seeded(seed);
  return sequentialP(observed, () => {
    let s = 0;
    let q = 0;
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(random() * (n - j));
      const v = all[r]!;
      all[r] = all[j]!;
      all[j] = v;
      s += v;
      q += v * v;
    }
    return welchT(s, q, k, total, total2, n);
  });
}

/** |slope| over its HC3 standard error, x centred (dx) with sum of squares sxx and leverages h. */
function slopeT(dx: Float64Array, y: Float64Array, sxx: number, h: Float64Array): number {
  const n = y.length;
  let my = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    my += y[i]! / n;
    sxy += dx[i]! * y[i]!;
  }
  const b = sxy / sxx;
  let meat = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - my - b * dx[i]!;
    meat += (dx[i]! * e) ** 2 / (1 - h[i]!) ** 2;
  }
  const se = Math.sqrt(meat) / sxx;
  return se > 0 ? Math.abs(b) / se : Math.abs(b) > 1e-12 ? Number.POSITIVE_INFINITY : 0;
}

/** Two-sided studentised permutation p-value of the least-squares slope of y on x (y shuffled across the x). */
export function slopePermutationP(x: readonly number[], y: readonly number[], seed: number): number {
  const n = x.length;
  let mx = 0;
  for (const v of x) mx += v / n;
  const dx = Float64Array.from(x, (v) => v - mx);
  let sxx = 0;
  for (const d of dx) sxx += d * d;
  const h = Float64Array.from(dx, (d) => Math.min(1 / n + (d * d) / sxx, 1 - 1e-9));
  const ys = Float64Array.from(y);
  const observed = slopeT(dx, ys, sxx, h);
  const random = seeded(seed);
  return sequentialP(observed, () => {
    for (let j = n - 1; j > 0; j--) {
      const r = Math.floor(random() * (j + 1));
      const v = ys[r]!;
      ys[r] = ys[j]!;
      ys[j] = v;
    }
    return slopeT(dx, ys, sxx, h);
  });
}
