// A post's curve against the usual: at each age, the median and quartiles of the posts it is compared
// with, picked exactly as the score picks them (compare in ./baseline.ts: nearest in time, same format
// when enough, readable at that age, rescaled on the followers basis). What is counted is the score's
// head metrics summed: the interactions the post shows, or its views when it shows none. Pure.
import { type Account, compare } from './baseline';
import { INTERACTION_IDX, MAX_BASELINE, MIN_BASELINE, NM, platformConfig, SCORED, VIEWS } from './config';
import { cleanCurve } from './curve';
import { valueAt } from './growth';
import { arrange } from './score';
import type { Curve, Metric, ScoreOptions } from './types';

export interface BandPoint {
  ageHours: number;
  /** Posts the band rests on at this age (at least MIN_BASELINE). */
  n: number;
  q1: number;
  median: number;
  q3: number;
}

export interface PostBand {
  id: string;
  /** The metrics counted (summed), by their score names. */
  metrics: Metric[];
  /** The post's own count at each kept reading, youngest first (ages capped at the site's final age). */
  post: { ageHours: number; value: number }[];
  /** The usual at the post's reading ages and on to the final age; ages with too few posts are left out. */
  band: BandPoint[];
  /** The site's saturation age: counts after it are final. */
  finalAgeHours: number;
}

/** One account prepared once (cleaned curves, growth model) for the bands of any of its posts. */
export interface BandAccount {
  acc: Account;
  at: Map<string, number>;
}

/** At most this many ages per band: a post read every few minutes still draws a light chart. */
const MAX_POINTS = 24;

/** exp(ln a) and expm1(log1p c) come back a hair off: ages and counts are kept to a millionth. */
const tidy = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The same preparation as scoreAccount (lib/score/score.ts `prepare`): curves cleaned at `now`, sorted by
 * publication with ties kept in input order, the growth model and the finals cache. Pass the curves in
 * the order scoreAccount is given them, and the band's baseline is the score's.
 */
export function prepareBand(curves: readonly Curve[], options: ScoreOptions): BandAccount {
  const cfg = platformConfig(options.platform);
  return bandOf(
    arrange(
      curves.map((c) => cleanCurve(c, options.now, cfg.aSatH)),
      options,
    ).acc,
  );
}

/** A band account from an account arranged for scoring (lib/score/score.ts `arrange`). */
export function bandOf(acc: Account): BandAccount {
  const sorted = acc.curves;
  const at = new Map<string, number>();
  sorted.forEach((c, i) => {
    if (!at.has(c.id)) at.set(c.id, i);
  });
  return { acc, at };
}

/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's default). */
export function quantile(sorted: ArrayLike<number>, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Ages to read at: at most `max`, spread evenly in log-age, always keeping the first and the last. */
export function thinAges(ages: readonly number[], max: number): number[] {
  if (ages.length <= max) return [...ages];
  const lo = Math.log(ages[0]!);
  const hi = Math.log(ages[ages.length - 1]!);
  const out: number[] = [];
  let j = 0;
  for (let t = 0; t < max; t++) {
    const target = lo + ((hi - lo) * t) / (max - 1);
    while (j < ages.length - 1 && Math.log(ages[j]!) < target - 1e-12) j++;
    if (out[out.length - 1] !== ages[j]) out.push(ages[j]!);
  }
  return out;
}

/** The band of post `id` (null when the account has no such post or it shows no counts). */
export function postBand(b: BandAccount, id: string, maxPoints = MAX_POINTS): PostBand | null {
  const i = b.at.get(id);
  if (i === undefined) return null;
  const { acc } = b;
  const me = acc.curves[i]!;
  const heads: number[] = INTERACTION_IDX.filter((k) => me.series[k]);
  if (!heads.length && me.series[VIEWS]) heads.push(VIEWS);
  if (!heads.length) return null;

  const kept = new Set<number>();
  for (const k of heads) for (const x of me.series[k]!.x) kept.add(Math.exp(x));
  const own = thinAges(
    [...kept].sort((a, c) => a - c),
    maxPoints,
  );
  const post: PostBand['post'] = [];
  for (const age of own) {
    const v = sumAt(acc, i, Math.log(age), heads);
    if (v !== null) post.push({ ageHours: tidy(age), value: tidy(v) });
  }
  // On past the post's last reading to the final age, so a young post's chart shows where posts usually go.
  const ahead: number[] = [];
  const final = acc.cfg.aSatH * (1 - 1e-9);
  const last = own[own.length - 1] ?? acc.cfg.aSatH;
  for (let a = last * 2; a < final; a *= 2) ahead.push(a);
  if (last < final) ahead.push(acc.cfg.aSatH);

  const band: BandPoint[] = [];
  for (const age of [...own, ...ahead]) {
    const p = bandAt(acc, i, Math.log(age), heads);
    if (p) band.push({ ageHours: tidy(age), ...p });
  }
  return {
    id: me.id,
    metrics: heads.map((k) => SCORED[k]!),
    post,
    band,
    finalAgeHours: acc.cfg.aSatH,
  };
}

/** One post against the others of its account (each call prepares the account: use prepareBand for many). */
export function usualBand(post: Curve, others: readonly Curve[], options: ScoreOptions): PostBand | null {
  return postBand(prepareBand([post, ...others.filter((o) => o.id !== post.id)], options), post.id);
}

/** The post's head metrics summed at x; null where one of them can't be read. */
function sumAt(acc: Account, i: number, x: number, heads: readonly number[]): number | null {
  let sum = 0;
  for (const k of heads) {
    const y = valueAt(acc.model, acc.curves[i]!, k, x, acc.xSat, i);
    if (Number.isNaN(y)) return null;
    sum += Math.expm1(y);
  }
  return sum;
}

const scratch = new Float64Array(MAX_BASELINE);

/** Quartiles of the baseline at x, from the values compare() reads for it (acc.vals, acc.anyBuf). */
function bandAt(
  acc: Account,
  i: number,
  x: number,
  heads: readonly number[],
): Omit<BandPoint, 'ageHours'> | null {
  // compare() reads the baseline's values for the metrics the post shows; any value serves, since only
  // which metrics are shown decides which posts are picked and on what basis.
  const me = acc.curves[i]!;
  const shown = new Float64Array(NM);
  for (let k = 0; k < NM; k++) shown[k] = me.series[k] ? 0 : Number.NaN;
  const { n } = compare(acc, i, x, shown, heads);
  let m = 0;
  for (let b = 0; b < n; b++) {
    let sum = 0;
    for (const k of heads) sum += Math.expm1(acc.vals[b * NM + k]!);
    // A post missing one of the counted metrics would read low: it is left out of the band.
    if (!Number.isNaN(sum)) scratch[m++] = Math.max(0, sum);
  }
  if (m < MIN_BASELINE) return null;
  const s = scratch.subarray(0, m).sort();
  return {
    n: m,
    q1: tidy(quantile(s, m, 0.25)),
    median: tidy(quantile(s, m, 0.5)),
    q3: tidy(quantile(s, m, 0.75)),
  };
}
