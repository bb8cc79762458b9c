// Properties the score must keep on any account, checked with generated accounts (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Curve, type Metric, scorePost } from '@/lib/score/score';
import { type Counts, curve, X } from './score-fixtures';

const INTERACTIONS = ['likes', 'comments', 'shares', 'saves'] as const;
const GRID = [0.5, 1, 2, 4, 8] as const; // hours
const g = (a: number) => a / (a + 80 / 60); // X-like share of the final reached by age a

const countsArb = (min: number) =>
  fc.record({
    likes: fc.integer({ min, max: 5000 }),
    comments: fc.integer({ min, max: 800 }),
    shares: fc.integer({ min, max: 800 }),
    saves: fc.integer({ min, max: 300 }),
    views: fc.integer({ min: Math.max(min, 1), max: 1_000_000 }),
  });

/** Odd-sized baselines of 5-29 posts (the cap is 30): the median is then one post's own count, so
 * "equal to the median" is exact. */
const oddSize = fc.integer({ min: 2, max: 14 }).map((h) => 2 * h + 1);

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

const scale = (c: Counts, f: number): Counts =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.floor(v * f)])) as Counts;

describe('score properties', () => {
  it('a post equal to the per-metric medians scores 1× (at any age, any baseline size)', () => {
    fc.assert(
      fc.property(
        oddSize.chain((n) => fc.array(countsArb(0), { minLength: n, maxLength: n })),
        fc.constantFrom(0.25, 1, 3, 6, 24, 48),
        (rows, a) => {
          const others = rows.map((c, i) =>
            curve(`b${i}`, (7 + i) * 24, [
              [a / 2, scale(c, 0.5)],
              [a, c],
              [a * 3, scale(c, 3)],
            ]),
          );
          const med: Counts = {};
          for (const k of [...INTERACTIONS, 'views'] as const) med[k] = medianOf(rows.map((r) => r[k]));
          const s = scorePost(curve('post', a, [[a, med]]), others, X);
          expect(s.state).toBe('scored');
          expect(Math.abs(Math.log(s.ratio!))).toBeLessThan(1e-9);
          for (const m of Object.values(s.perMetric)) expect(Math.abs(Math.log(m.ratio))).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a young post on the others’ early curve scores 1× however large their final totals', () => {
    fc.assert(
      fc.property(
        oddSize.chain((n) =>
          fc.array(
            fc.record({
              size: fc.integer({ min: 20, max: 2000 }),
              late: fc.double({ min: 1, max: 1000, noNaN: true }),
            }),
            {
              minLength: n,
              maxLength: n,
            },
          ),
        ),
        fc.constantFrom(...GRID),
        (posts, a) => {
          const at = (size: number, t: number) => Math.round(size * g(t));
          const others = posts.map(({ size, late }, i) =>
            curve(`b${i}`, (5 + i) * 24, [
              ...GRID.map((t) => [t, { likes: at(size, t) }] as [number, Counts]),
              [24, { likes: Math.round(at(size, 8) * late) + 1 }],
              [48, { likes: Math.round(at(size, 8) * late) + 2 }],
            ]),
          );
          const med = medianOf(posts.map((p) => at(p.size, a)));
          const s = scorePost(curve('post', a, [[a, { likes: med }]]), others, X);
          expect(s.ageHours).toBe(a);
          expect(s.ratio).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('multiplying every count of every post by 10 leaves the ratio within 1.8 %', () => {
    // ln(1+10c) = ln 10 + ln(1+c) + δ(c), δ(c) = ln(1 − 9/(10+10c)) ∈ [−0.0178, 0) for c ≥ 50, and δ grows
    // with c, so every median picks the same posts: each log-lift moves by δ(post) − δ(median), less
    // than 0.0178 in size; the composite is a weighted mean of them (weights unchanged: all counts ≥ 5),
    // and shrinkage only scales it down.
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 40 }).chain((n) => fc.array(countsArb(50), { minLength: n, maxLength: n })),
        countsArb(50),
        fc.constantFrom(1, 6, 30),
        (rows, mine, a) => {
          const build = (f: number) => ({
            post: curve('post', a, [[a, scale(mine, f)]]),
            others: rows.map((c, i) => curve(`b${i}`, (3 + i) * 24, [[a, scale(c, f)]])),
          });
          const one = build(1);
          const ten = build(10);
          const r1 = scorePost(one.post, one.others, X).ratio!;
          const r10 = scorePost(ten.post, ten.others, X).ratio!;
          expect(Math.abs(Math.log(r10) - Math.log(r1))).toBeLessThan(0.0179);
        },
      ),
      { numRuns: 200 },
    );
  });

  // A random post: 1-6 snapshots at log-uniform ages between 3 min and its age, counts growing by
  // random steps; views shown or not.
  const curveArb = (maxAgeH: number) =>
    fc
      .record({
        ageH: fc.double({ min: 0.2, max: maxAgeH, noNaN: true }),
        us: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        steps: fc.array(countsArb(0), { minLength: 6, maxLength: 6 }),
        views: fc.boolean(),
      })
      .map(({ ageH, us, steps, views }) => {
        const lo = Math.log(0.05);
        const ages = [...new Set(us.map((u) => Math.exp(lo + u * (Math.log(ageH) - lo))))].sort(
          (x, y) => x - y,
        );
        const acc: Counts = { likes: 0, comments: 0, shares: 0, saves: 0, views: 0 };
        const snaps = ages.map((t, i) => {
          for (const k of [...INTERACTIONS, 'views'] as const)
            acc[k] = acc[k]! + Math.floor(steps[i]![k] / (i + 1));
          const c: Counts = { ...acc };
          if (!views) delete c.views;
          return [t, c] as [number, Counts];
        });
        return { ageH, snaps };
      });

  it('adding interactions to a post never lowers its score', () => {
    const seen = { scored: 0, runs: 0 };
    fc.assert(
      fc.property(
        fc.array(curveArb(24 * 30), { minLength: 0, maxLength: 45 }),
        curveArb(72),
        fc.constantFrom(...INTERACTIONS),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat(),
        (rows, mine, metric: Metric, add, from) => {
          const others = rows.map((r, i) => curve(`b${i}`, r.ageH + i * 7, r.snaps));
          const start = from % mine.snaps.length;
          const more = mine.snaps.map(([t, c], i) => [
            t,
            i >= start ? { ...c, [metric]: c[metric]! + add } : c,
          ]) as [number, Counts][];
          const before = scorePost(curve('post', mine.ageH, mine.snaps), others, X);
          const after = scorePost(curve('post', mine.ageH, more), others, X);
          seen.runs++;
          if (before.state === 'scored') seen.scored++;
          expect(after.state).toBe(before.state);
          expect(after.n).toBe(before.n);
          if (before.ratio !== undefined) {
            expect(after.ratio!).toBeGreaterThanOrEqual(before.ratio * (1 - 1e-12));
            expect(after.percentile!).toBeGreaterThanOrEqual(before.percentile! - 1e-9);
          }
          // (Pace is left out on purpose: it judges growth between readings, and adding the same
          // interactions to every reading slows relative growth.)
        },
      ),
      { numRuns: 300 },
    );
    // The property must have been exercised on scored posts, not only on "learning" ones.
    expect(seen.scored).toBeGreaterThan(seen.runs / 4);
  });

  it('fewer than 5 comparable posts always gives learning, whatever else the account holds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.array(countsArb(0), { minLength: 0, maxLength: 30 }),
        countsArb(0),
        fc.constantFrom(0.5, 6, 30),
        (k, ancient, mine, a) => {
          const comparable = Array.from({ length: k }, (_, i) => curve(`c${i}`, (2 + i) * 24, [[a, mine]]));
          // Older than 180 days: outside the window, however many and however big.
          const old = ancient.map((c, i) => curve(`o${i}`, (181 + i) * 24 + a, [[a, c]]));
          const s = scorePost(curve('post', a, [[a, mine]]), [...comparable, ...old], X);
          expect(s.state).toBe('learning');
          expect(s.ratio).toBeUndefined();
          expect(s.confidence).toBe('learning');
          expect(s.n).toBe(k);
          expect(s.explanation).toContain(`learning: needs ${5 - k} more post${k === 4 ? '' : 's'}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the order of `others` does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(curveArb(24 * 10), { minLength: 5, maxLength: 30 }),
        curveArb(48),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 }),
        (rows, mine, keys) => {
          const others: Curve[] = rows.map((r, i) => curve(`b${i}`, r.ageH + i * 3.1, r.snaps));
          const shuffled = others
            .map((c, i) => [keys[i]!, c] as const)
            .sort((x, y) => x[0] - y[0])
            .map(([, c]) => c);
          const post = curve('post', mine.ageH, mine.snaps);
          expect(scorePost(post, shuffled, X)).toEqual(scorePost(post, others, X));
        },
      ),
      { numRuns: 100 },
    );
  });
});
