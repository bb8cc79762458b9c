import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_RECENT_MS, RETENTION_AGES_H, snapshotsToKeep } from '@/lib/store/retention/policy';

const H = 3_600_000;
const DAY = 24 * H;
const P = Date.UTC(2026, 0, 1);
const at = (hours: number[]) => hours.map((h) => P + h * H);
const hoursOf = (kept: Set<number>) => [...kept].map((t) => (t - P) / H).sort((a, b) => a - b);
const allChanged = (n: number) => Array<boolean>(n).fill(true);

/** Flags as a caller computes them: counts differ from the snapshot captured just before. */
function flagsFor(times: number[], value: (t: number) => number): boolean[] {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  return times.map((t) => {
    const i = sorted.indexOf(t);
    return i === 0 || value(t) !== value(sorted[i - 1]!);
  });
}

describe('RETENTION_AGES_H', () => {
  it('is the issue list, then doublings from 7 d up to about ten years', () => {
    expect(RETENTION_AGES_H).toEqual([
      1, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2688, 5376, 10752, 21504, 43008, 86016,
    ]);
    expect(RETENTION_AGES_H.at(-1)! / (365 * 24)).toBeCloseTo(9.82, 2);
  });
});

describe('snapshotsToKeep: worked examples', () => {
  const AGES = [0.5, 1, 2, 4, 5, 7, 20, 30, 50, 80, 200];

  it('keeps the nearest snapshot in log-age to each target, plus first and last', () => {
    // 1→1; 3→4 (ln 4/3 < ln 3/2); 6→7 (ln 7/6 < ln 6/5); 12→20 (ln 20/12 < ln 12/7); 24→20;
    // 48→50; 72→80; 168 and above→200. Dropped: 2, 5, 30.
    const kept = snapshotsToKeep(P, at(AGES), allChanged(AGES.length), P + 1000 * H);
    expect(hoursOf(kept)).toEqual([0.5, 1, 4, 7, 20, 50, 80, 200]);
  });

  it('collapses an unchanged tail onto its first snapshot', () => {
    // Counts stop changing at 20 h: targets whose nearest is 50, 80 or 200 keep 20 h instead.
    const changed = AGES.map((h) => h <= 20);
    const kept = snapshotsToKeep(P, at(AGES), changed, P + 1000 * H);
    expect(hoursOf(kept)).toEqual([0.5, 1, 4, 7, 20, 200]);
  });

  it('keeps only first and last of a post whose counts never changed', () => {
    const kept = snapshotsToKeep(P, at(AGES), [true, ...Array(10).fill(false)], P + 1000 * H);
    expect(hoursOf(kept)).toEqual([0.5, 200]);
  });

  it('after a dip, a second pass may drop a snapshot the first kept, losing nothing', () => {
    // Counts 5, 6, 5, 5 at 1, 2, 3, 100 h. First pass: the flat tail starts at 3 h (changed from 6).
    const caps = at([1, 2, 3, 100]);
    const once = snapshotsToKeep(P, caps, [true, true, true, false], P + 999 * H);
    expect(hoursOf(once)).toEqual([1, 3, 100]);
    // Kept, 3 h equals 1 h before it, so the tail now starts at 1 h: 3 h goes, and 5 … 5 stays exact.
    const twice = snapshotsToKeep(P, at([1, 3, 100]), [true, false, false], P + 999 * H);
    expect(hoursOf(twice)).toEqual([1, 100]);
  });

  it('keeps everything in the recent window', () => {
    // now = 60 h: 48 h back is age 12, so 20, 30 and 50 stay; 2 and 5 go.
    const ages = AGES.slice(0, 9);
    const kept = snapshotsToKeep(P, at(ages), allChanged(9), P + 60 * H);
    expect(hoursOf(kept)).toEqual([0.5, 1, 4, 7, 20, 30, 50]);
    const shortWindow = snapshotsToKeep(P, at(ages), allChanged(9), P + 60 * H, { keepRecentMs: 20 * H });
    expect(hoursOf(shortWindow)).toEqual([0.5, 1, 4, 7, 20, 50]);
  });

  it('counts age from the first capture when the publish time is unknown', () => {
    const caps = at([0, 1, 2, 3, 6, 13]);
    expect(hoursOf(snapshotsToKeep(null, caps, allChanged(6), P + 999 * H))).toEqual([0, 1, 3, 6, 13]);
    // Published an hour earlier the captures are 1…14 h old: those then 2 h and 4 h old are dropped.
    expect(hoursOf(snapshotsToKeep(P - H, caps, allChanged(6), P + 999 * H))).toEqual([0, 2, 6, 13]);
  });

  it('never picks a snapshot captured at or before the publish time for a target', () => {
    const kept = snapshotsToKeep(P, at([-2, -1, 0, 0.5, 3, 100]), allChanged(6), P + 999 * H);
    expect(hoursOf(kept)).toEqual([-2, 0.5, 3, 100]);
  });

  it('breaks an exact tie in log-age towards the earlier snapshot', () => {
    // 112 h and 252 h are both 1.5× from 168 h (and exactly equal in floating point): 112 wins.
    const kept = snapshotsToKeep(P, at([1, 72, 112, 252, 336, 1000]), allChanged(6), P + 9999 * H);
    expect(hoursOf(kept)).toEqual([1, 72, 112, 336, 1000]);
  });

  it('keeps 12 of 1,440 hourly snapshots of a 60-day-old post', () => {
    const ages = Array.from({ length: 1440 }, (_, i) => i + 1);
    const kept = snapshotsToKeep(P, at(ages), allChanged(1440), P + 90 * DAY);
    expect(hoursOf(kept)).toEqual([1, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 1440]);
  });

  it('handles unsorted input with duplicates, a duplicate being changed if any copy is', () => {
    const shuffled = [200, 2, 20, 0.5, 80, 20, 7, 4, 50, 1, 30, 5, 0.5];
    const changed = shuffled.map((h) => h <= 20);
    changed[2] = false; // one copy of 20 h says unchanged, the other says changed
    const kept = snapshotsToKeep(P, at(shuffled), changed, P + 1000 * H);
    expect(hoursOf(kept)).toEqual([0.5, 1, 4, 7, 20, 200]);
  });

  it('returns nothing for no snapshots, and ignores times no key can hold', () => {
    expect(snapshotsToKeep(P, [], [], P).size).toBe(0);
    expect(hoursOf(snapshotsToKeep(P, [Number.NaN, P + H], [true, true], P + 999 * H))).toEqual([1]);
  });
});

// Capture times cluster like real use (many in the first days, some over months, a few over years),
// or spread evenly in log-age from 36 s to 12 years, which fills every target.
const LOG_LO = Math.log(0.01);
const LOG_HI = Math.log(12 * 365 * 24);
const time = fc.oneof(
  fc.integer({ min: -2 * H, max: 3 * DAY }),
  fc.integer({ min: 0, max: 90 * DAY }),
  fc.integer({ min: 0, max: 4 * 365 * DAY }),
  fc
    .integer({ min: 0, max: 1e6 })
    .map((u) => Math.round(Math.exp(LOG_LO + (u / 1e6) * (LOG_HI - LOG_LO)) * H)),
);
const MAX_SNAPSHOTS = 150;
const post = fc.record({
  published: fc.option(fc.constant(0), { nil: null }),
  times: fc.array(time, { minLength: 1, maxLength: MAX_SNAPSHOTS, size: 'max' }),
  // Small deltas make unchanged runs (and, unclamped, dips) common.
  deltas: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: MAX_SNAPSHOTS, maxLength: MAX_SNAPSHOTS }),
  nowAfter: fc.integer({ min: -5 * DAY, max: 3 * 365 * DAY }),
  keepRecentMs: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: undefined }),
});

/** Counts per distinct time: a running sum of the deltas; with `monotone`, never going down. */
function counts(times: number[], deltas: number[], monotone: boolean): (t: number) => number {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  const value = new Map<number, number>();
  let c = 0;
  for (const [i, t] of sorted.entries()) {
    c += monotone ? Math.max(0, deltas[i]!) : deltas[i]!;
    value.set(t, c);
  }
  return (t) => value.get(t)!;
}

type Post = typeof post extends fc.Arbitrary<infer T> ? T : never;
const nowOf = (p: Post) => Math.max(...p.times) + p.nowAfter;
/** Thins `times` (by default the post's own), flagging changes as the caller would from `value`. */
function thin(p: Post, value: (t: number) => number, times = p.times, now = nowOf(p)): Set<number> {
  return snapshotsToKeep(p.published, times, flagsFor(times, value), now, { keepRecentMs: p.keepRecentMs });
}

describe('snapshotsToKeep: properties', () => {
  it('keeps a subset holding the first, the last and every recent snapshot', () => {
    fc.assert(
      fc.property(post, (p) => {
        const kept = thin(p, counts(p.times, p.deltas, false));
        for (const t of kept) expect(p.times).toContain(t);
        expect(kept.has(Math.min(...p.times))).toBe(true);
        expect(kept.has(Math.max(...p.times))).toBe(true);
        const since = nowOf(p) - (p.keepRecentMs ?? KEEP_RECENT_MS);
        for (const t of p.times) if (t >= since) expect(kept.has(t)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps at most one per target plus first and last once every snapshot is past the window', () => {
    fc.assert(
      fc.property(post, (p) => {
        const now = Math.max(...p.times) + (p.keepRecentMs ?? KEEP_RECENT_MS) + 1;
        const kept = thin(p, counts(p.times, p.deltas, false), p.times, now);
        expect(kept.size).toBeLessThanOrEqual(RETENTION_AGES_H.length + 2);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same answer for any order of the input', () => {
    const shuffled = post.chain((p) =>
      fc.tuple(fc.constant(p), fc.shuffledSubarray(p.times, { minLength: p.times.length })),
    );
    fc.assert(
      fc.property(shuffled, ([p, order]) => {
        const value = counts(p.times, p.deltas, false);
        expect([...thin(p, value, order)].sort()).toEqual([...thin(p, value)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent when counts never go down: thinning the kept set keeps all of it', () => {
    fc.assert(
      fc.property(post, (p) => {
        const value = counts(p.times, p.deltas, true);
        const kept = [...thin(p, value)];
        expect([...thin(p, value, kept)].sort()).toEqual(kept.sort());
      }),
      { numRuns: 500 },
    );
  });

  it('with dips, a second pass drops only snapshots whose counts equal both kept neighbours', () => {
    fc.assert(
      fc.property(post, (p) => {
        const value = counts(p.times, p.deltas, false);
        const kept = [...thin(p, value)].sort((a, b) => a - b);
        const twice = thin(p, value, kept);
        kept.forEach((t, i) => {
          if (twice.has(t)) return;
          expect(i > 0 && i < kept.length - 1).toBe(true);
          expect(value(kept[i - 1]!)).toBe(value(t));
          expect(value(kept[i + 1]!)).toBe(value(t));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
