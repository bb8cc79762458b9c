// Robust statistics for the score: median, MAD, Hazen percentile, and the median of a sorted sample
// with one value left out (so a post never shapes the growth curve it is judged against).

/** Median of the first `n` values of `a`. Sorts that prefix of `a` in place (callers pass scratch). */
export function medianInPlace(a: Float64Array, n: number): number {
  if (n <= 0) return Number.NaN;
  if (n > 48) {
    a.subarray(0, n).sort();
    return sortedMedian(a, n);
  }
  // Baselines hold at most 30 values: insertion sort beats the generic sort and allocates nothing.
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return sortedMedian(a, n);
}

export function sortedMedian(s: ArrayLike<number>, n: number): number {
  const h = n >> 1;
  return n % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Median of an ordinary array, without touching it. */
export function median(values: readonly number[]): number {
  return medianInPlace(Float64Array.from(values), values.length);
}

/** Median absolute deviation of the first `n` values of `a` around `med`. Uses `scratch`. */
export function mad(a: ArrayLike<number>, n: number, med: number, scratch: Float64Array): number {
  for (let i = 0; i < n; i++) scratch[i] = Math.abs(a[i]! - med);
  return medianInPlace(scratch, n);
}

/**
 * Hazen percentile (0-100) of `value` within `others` ∪ {value}: 100·(r − ½)/N, r its 1-based rank,
 * ties given the mean rank, so a value equal to every other sits at 50.
 */
export function hazenPercentile(value: number, others: ArrayLike<number>, n: number): number {
  let less = 0;
  let equal = 0;
  for (let i = 0; i < n; i++) {
    const o = others[i]!;
    if (o < value) less++;
    else if (o === value) equal++;
  }
  const rank = less + 1 + equal / 2;
  return (100 * (rank - 0.5)) / (n + 1);
}

/** First index i with s[i] >= v, in an ascending array. */
export function lowerBound(s: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Median of ascending `s` with one occurrence of `v` removed (v must be in s). NaN if nothing is left. */
export function sortedMedianWithout(s: ArrayLike<number>, v: number): number {
  const r = lowerBound(s, v);
  const m = s.length - 1;
  if (m <= 0) return Number.NaN;
  const h = m >> 1;
  const hi = s[h < r ? h : h + 1]!;
  if (m % 2 === 1) return hi;
  const lo = s[h - 1 < r ? h - 1 : h]!;
  return (lo + hi) / 2;
}
