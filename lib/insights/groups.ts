// A finding before the correction: a group's log scores against the rest's, tested once both reach the
// minimum sample, and the words that will say it. ./insights.ts corrects them all together.
import { formatRatio, plural } from '@/lib/score/explain';
import { type Estimate, welch } from './compare';
import { MIN_POSTS } from './config';
import { seedOf } from './random';
import type { FindingKind, Verdict } from './types';

export interface Candidate {
  kind: FindingKind;
  group: string;
  n: number;
  /** Posts it is compared with. */
  rest: number;
  need: number;
  /** The test, when the group and the rest both reach `need`. */
  est: Estimate | null;
  /** Writes the sentence once the verdict is known. */
  words: (verdict: Verdict) => string;
  account?: string;
  family?: string;
}

/** "(1.2–2.1×)": the interval, in the score's number style. */
export function interval(e: Estimate): string {
  return `(${formatRatio(e.low)}–${formatRatio(e.high)}×)`;
}

/** "Videos: 1.6× your other posts at 24 h, 14 posts (1.2–2.1×): beyond noise." or "Polls: too few posts (3 of 5) to say." */
export function groupSentence(subject: string, against: string, c: Candidate, verdict: Verdict): string {
  if (c.n >= c.need && c.rest < c.need)
    return `${subject}: too few other posts to compare with (${c.rest} of ${c.need}).`;
  if (!c.est || verdict === 'too few posts') return `${subject}: too few posts (${c.n} of ${c.need}) to say.`;
  const r = formatRatio(c.est.ratio);
  return `${subject}: ${r}× ${against}, ${plural(c.n, 'post')} ${interval(c.est)}: ${verdict}.`;
}

/** The group's log scores against the rest's, tested only when both have `need` posts. */
export function vsRest(
  kind: FindingKind,
  group: string,
  values: readonly number[],
  rest: readonly number[],
  say: (c: Candidate, verdict: Verdict) => string,
  need = MIN_POSTS,
): Candidate {
  const enough = values.length >= need && rest.length >= need;
  const c: Candidate = {
    kind,
    group,
    n: values.length,
    rest: rest.length,
    need,
    est: enough ? welch(values, rest, seedOf(`${kind}:${group}`)) : null,
    words: () => '',
  };
  c.words = (verdict) => say(c, verdict);
  return c;
}

/** Best score first; groups too small to test last, in their given order. */
export function rankByRatio(candidates: Candidate[]): Candidate[] {
  const r = (c: Candidate) => c.est?.ratio ?? Number.NEGATIVE_INFINITY;
  return candidates.sort((a, b) => r(b) - r(a));
}

/** How many items carry each key (each key once per item). */
export function countKeys<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const it of items) for (const k of new Set(keys(it))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** The `limit` keys carried by most items (ties in name order), among those carried by at least `min`. */
export function mostCommon(counts: Map<string, number>, min: number, limit: number): string[] {
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k);
}

/** For each chosen key, the values of the items that carry it and of those that do not. */
export function split<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
  value: (item: T) => number,
  chosen: readonly string[],
): Map<string, { values: number[]; rest: number[] }> {
  const sets = items.map((it) => new Set(keys(it)));
  const out = new Map<string, { values: number[]; rest: number[] }>();
  for (const k of chosen) {
    const g = { values: [] as number[], rest: [] as number[] };
    items.forEach((it, i) => {
      (sets[i]!.has(k) ? g.values : g.rest).push(value(it));
    });
    out.set(k, g);
  }
  return out;
}
