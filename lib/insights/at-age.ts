// A post's counts at one fixed age (24 h after posting, or the site's final age), so every post is
// judged at the same point of its life. Read from its snapshots the way the score reads a curve
// (docs/scoring.md §1-2): running maximum, then a straight line on log-log axes between the readings
// either side of that age. Pure.
import type { Metric } from '@/lib/core/metrics';
import { HOUR } from '@/lib/core/time';
import type { Snapshot } from '@/lib/score/types';
import { AGE_TOLERANCE } from './config';
import type { InsightPost } from './types';

type Counts = Partial<Record<Metric, number>>;

/** Running maximum of each metric up to each snapshot: a falling count (an unlike) is noise. */
function runningMax(snaps: readonly Snapshot[]): Counts[] {
  const run: Counts = {};
  return snaps.map((s) => {
    for (const [k, v] of Object.entries(s.metrics) as [Metric, number][]) {
      if (Number.isFinite(v) && v >= 0 && !(v <= (run[k] ?? -1))) run[k] = v;
    }
    const shown: Counts = {};
    for (const k of Object.keys(s.metrics) as Metric[]) if (run[k] !== undefined) shown[k] = run[k];
    return shown;
  });
}

function interpolate(a: Counts, ageA: number, b: Counts, ageB: number, age: number): Counts {
  const out: Counts = {};
  const f = (Math.log(age) - Math.log(ageA)) / (Math.log(ageB) - Math.log(ageA));
  for (const k of Object.keys(b) as Metric[]) {
    const ya = a[k];
    const yb = b[k]!;
    if (ya === undefined) continue;
    out[k] = Math.expm1(Math.log1p(ya) + f * (Math.log1p(yb) - Math.log1p(ya)));
  }
  return out;
}

const near = (age: number, target: number) => Math.abs(age - target) <= AGE_TOLERANCE * target;

/**
 * The post's counts at `ageHours`, or null when its readings do not reach that age: a reading on each
 * side (interpolated), one within 10 % of it, or, at the site's final age, any reading at or past it (the
 * score treats counts as final there). Readings after `now` are ignored.
 */
export function countsAt(post: InsightPost, ageHours: number, final: boolean, now: number): Counts | null {
  const pub = post.publishedAt;
  const target = pub + ageHours * HOUR;
  if (target > now) return null;
  const snaps = post.snapshots.filter((s) => s.at > pub && s.at <= now).sort((a, b) => a.at - b.at);
  const runs = runningMax(snaps);
  const after = snaps.findIndex((s) => s.at > target);
  const before = (after < 0 ? snaps.length : after) - 1;
  const age = (i: number) => (snaps[i]!.at - pub) / HOUR;
  let out: Counts | null = null;
  if (before >= 0 && snaps[before]!.at === target) out = runs[before]!;
  else if (final && after >= 0) out = runs[after]!;
  else if (before >= 0 && after >= 0)
    out = interpolate(runs[before]!, age(before), runs[after]!, age(after), ageHours);
  else if (after >= 0 && near(age(after), ageHours)) out = runs[after]!;
  else if (before >= 0 && near(age(before), ageHours)) out = runs[before]!;
  return out && Object.keys(out).length ? out : null;
}

/**
 * The curve the score reads for this post at the fixed age: its readings before that age and one at
 * exactly that age, so the score's comparison age (its latest reading) is the fixed age. The format is
 * left out on purpose: the score would otherwise compare videos only with videos, hiding the very
 * difference the format finding looks for.
 */
export function curveAt(post: InsightPost, ageHours: number, counts: Counts) {
  const target = post.publishedAt + ageHours * HOUR;
  const earlier = post.snapshots.filter((s) => s.at > post.publishedAt && s.at < target);
  const followers = post.snapshots.find((s) => s.followers !== undefined)?.followers;
  const last: Snapshot = { at: target, metrics: counts };
  if (followers !== undefined) last.followers = followers;
  return { id: post.id, publishedAt: post.publishedAt, snapshots: [...earlier, last] };
}
