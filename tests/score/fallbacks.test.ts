// The score's fallbacks: other bases, early posts, messy input, weights, and whole-account scoring.
import { describe, expect, it } from 'vitest';
import { explainScore, scoreAccount, scorePost } from '@/lib/score/score';
import { baseline, type Counts, curve, lift, X, young } from './score-fixtures';

const usual = (likes = 50): Counts => ({ likes });
const L = lift(100, 50); // a post with 100 likes against a usual 50

describe('basis fallbacks', () => {
  it('no views and no followers → raw counts', () => {
    const s = scorePost(
      young({ likes: 100, comments: 10 }),
      baseline(15, () => ({ likes: 50, comments: 10 })),
      X,
    );
    expect(s.basis).toBe('raw');
    expect(s.ratio).toBeCloseTo(Math.exp(L / 2), 9); // likes 101/51, comments 1×, equal weights
    expect(s.perMetric.views).toBeUndefined();
    expect(explainScore(s, 'x')).toContain('raw counts');
  });

  it('followers known, views not → lifts per follower at posting time', () => {
    // The audience doubled: 100 likes at 2,000 followers is the same rate as 50 at 1,000.
    const others = baseline(15, () => usual(50), { followers: () => 1000 });
    const same = scorePost(young({ likes: 100 }, 6, { followers: 2000 }), others, X);
    expect(same.basis).toBe('followers');
    expect(same.ratio).toBeCloseTo(1, 9);
    const twice = scorePost(young({ likes: 200 }, 6, { followers: 2000 }), others, X);
    expect(twice.ratio).toBeCloseTo(201 / 101, 9); // ≈ 2× per follower
    expect(explainScore(twice, 'instagram')).toContain('per follower');
    const raw = scorePost(young({ likes: 100 }, 6, { followers: 2000 }), others, { ...X, basis: 'raw' });
    expect(raw.basis).toBe('raw');
    expect(raw.ratio).toBeCloseTo(101 / 51, 9);
    expect(raw.warnings?.join(' ')).toMatch(/followers grew 100%/);
  });

  it('views known → basis "views" (headline still on counts, views reported beside)', () => {
    const s = scorePost(
      young({ likes: 100, views: 2000 }),
      baseline(15, () => ({ likes: 50, views: 1000 })),
      X,
    );
    expect(s.basis).toBe('views');
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
    expect(s.perMetric.views?.ratio).toBeCloseTo(2001 / 1001, 9);
    expect(s.rateRatio).toBeCloseTo(101 / 51 / (2001 / 1001), 9);
  });
});

describe('early posts without enough history at their age', () => {
  // X-like growth: share of the final by age a, F(a) = a/(a + 80 min), normalised at 48 h.
  const F = (a: number) => a / (a + 80 / 60) / (48 / (48 + 80 / 60));
  const final = 200;

  it('projected: others seen from 6 h on (their curves give the growth); the post at 2 h is projected to 48 h', () => {
    const others = Array.from({ length: 15 }, (_, i) =>
      curve(
        `o${i}`,
        (3 + i) * 24,
        [6, 12, 24, 48].map((a) => [a, usual(Math.round(final * F(a)))] as [number, Counts]),
      ),
    );
    const onCurve = scorePost(young(usual(Math.round(final * F(2))), 2), others, X);
    expect(onCurve.state).toBe('scored');
    expect(onCurve.mode).toBe('projected');
    expect(onCurve.confidence).toBe('low');
    // Said as early and where it is heading, never as a settled result "at 48 h".
    expect(onCurve.explanation).toMatch(/^[▲▼●] early: on course for ~\d\.\d× usual by 48 h · vs 15 posts$/);
    expect(onCurve.ageHours).toBe(48);
    expect(onCurve.n).toBe(15);
    expect(onCurve.ratio!).toBeGreaterThan(0.85);
    expect(onCurve.ratio!).toBeLessThan(1.15);
    const strong = scorePost(young(usual(Math.round(3 * final * F(2))), 2), others, X);
    expect(strong.ratio!).toBeGreaterThan(2.5);
    expect(strong.ratio!).toBeLessThan(3.5);
  });

  it('projected with the site prior: just installed, the others were only ever seen mature', () => {
    const others = Array.from({ length: 15 }, (_, i) => curve(`o${i}`, (12 + i) * 24, [[240, usual(final)]]));
    // X: about half of the final by 1-2 h. At 2 h, 60 % of the usual final projects to about usual;
    // 10 % projects far below it.
    const on = scorePost(young(usual(0.6 * final), 2), others, X);
    const low = scorePost(young(usual(0.1 * final), 2), others, X);
    for (const s of [on, low]) {
      expect(s.state).toBe('scored');
      expect(s.mode).toBe('projected');
      expect(s.projectedWith).toBe('site prior');
      expect(s.confidence).toBe('low');
      expect(s.explanation).toContain('early: on course for ~');
    }
    expect(on.ratio!).toBeGreaterThan(0.75);
    expect(on.ratio!).toBeLessThan(1.3);
    expect(low.ratio!).toBeLessThan(0.3);
    expect(explainScore(low, 'x')).toContain('typical X growth curve');
  });

  it('on pace / behind pace: no history at all, so only the post’s own growth against the site prior', () => {
    // X prior: from 30 min to 2 h a typical post grows by F(2)/F(0.5) = (2/3.33)/(0.5/1.83) ≈ 2.2×.
    const on = scorePost(
      curve('post', 2, [
        [0.5, usual(10)],
        [2, usual(25)],
      ]),
      [],
      X,
    );
    const behind = scorePost(
      curve('post', 2, [
        [0.5, usual(10)],
        [2, usual(11)],
      ]),
      [],
      X,
    );
    for (const s of [on, behind]) {
      expect(s.state).toBe('learning');
      expect(s.ratio).toBeUndefined();
      expect(s.confidence).toBe('learning');
      expect(s.mode).toBe('pace');
      expect(s.explanation.startsWith('learning: needs 5 more posts')).toBe(true);
    }
    expect(on.pace).toBe('on pace');
    expect(on.explanation).toBe('learning: needs 5 more posts · early: typical start');
    expect(behind.pace).toBe('behind pace');
    expect(behind.explanation).toBe('learning: needs 5 more posts · early: slow start');
    expect(explainScore(behind, 'x')).toContain('not a multiplier');
    // One reading shows no growth: nothing to say beyond learning.
    expect(scorePost(young(usual(10), 2), [], X).explanation).toBe('learning: needs 5 more posts');
  });
});

describe('inputs are cleaned', () => {
  it('quotes count as shares (reposts + quotes)', () => {
    const s = scorePost(
      young({ shares: 10, quotes: 10 }),
      baseline(15, () => ({ shares: 20 })),
      X,
    );
    expect(s.perMetric.shares?.ratio).toBeCloseTo(1, 9);
    expect(s.perMetric.quotes).toBeUndefined();
  });

  it('an unlike dip does not lower the curve (running max)', () => {
    const dip = curve('post', 6, [
      [2, usual(100)],
      [6, usual(90)],
    ]);
    expect(
      scorePost(
        dip,
        baseline(15, () => usual()),
        X,
      ).ratio,
    ).toBeCloseTo(101 / 51, 9);
  });

  it('snapshots after `now`, at or before publication, and out of order are handled', () => {
    const messy = curve('post', 6, [
      [8, usual(1000)], // after now: unknown yet
      [6, usual(100)],
      [0, usual(5)],
      [-1, usual(5)],
      [3, usual(70)],
    ]);
    const s = scorePost(
      messy,
      baseline(15, () => usual()),
      X,
    );
    expect(s.ageHours).toBe(6);
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
  });

  it('a post with no counts yet is not scored', () => {
    const s = scorePost(
      curve('post', 1, []),
      baseline(15, () => usual()),
      X,
    );
    expect(s.state).toBe('learning');
    expect(s.ratio).toBeUndefined();
  });
});

describe('the post never shapes its own baseline', () => {
  it('its early history does not change its score (its curve is left out of the account’s growth)', () => {
    // 10 posts last seen at 4 h, read at 6 h by extending them along the account's median slope
    // for 4-8.5 h; only 6 other posts cover that age, three growing slowly there, three fast.
    const short = Array.from({ length: 10 }, (_, i) =>
      curve(`s${i}`, (2 + i) * 24, [
        [0.5, usual(10)],
        [2, usual(30)],
        [4, usual(40)],
      ]),
    );
    const long = Array.from({ length: 6 }, (_, i) =>
      curve(`l${i}`, (20 + i) * 24, [
        [0.5, usual(10)],
        [2, usual(30)],
        [4, usual(40)],
        [12, usual(i < 3 ? 50 : 98)],
      ]),
    );
    const steep = curve('post', 6, [
      [0.5, usual(1)],
      [6, usual(100)],
    ]);
    const flat = curve('post', 6, [
      [0.5, usual(90)],
      [6, usual(100)],
    ]);
    const a = scorePost(steep, [...short, ...long], X);
    const b = scorePost(flat, [...short, ...long], X);
    expect(a.n).toBe(16);
    expect(a.ratio).toBeCloseTo(b.ratio!, 12);
  });

  it('a duplicate capture of the post is not part of its baseline', () => {
    const copy = young({ likes: 100 });
    const map = scoreAccount([...baseline(10, () => usual()), young({ likes: 100 }), copy], X);
    expect(map.get('post')?.n).toBe(10);
  });
});

describe('weights', () => {
  it('depth preset: shares ×2 against likes ×1', () => {
    const others = baseline(15, () => ({ likes: 50, shares: 50 }));
    const post = young({ likes: 50, shares: 100 });
    expect(scorePost(post, others, X).ratio).toBeCloseTo(Math.exp(L / 2), 9);
    expect(scorePost(post, others, { ...X, weights: 'depth' }).ratio).toBeCloseTo(Math.exp((2 * L) / 3), 9);
  });
});

describe('scoreAccount', () => {
  it('gives every post the same score scorePost gives it', () => {
    const all = [
      ...baseline(20, (i) => ({ likes: 30 + 7 * i, comments: i % 5, views: 1000 + 50 * i })),
      curve('p1', 5, [
        [1, { likes: 20, comments: 1, views: 400 }],
        [5, { likes: 90, comments: 4, views: 2000 }],
      ]),
      curve('p2', 3 * 24 + 2, [
        [2, { likes: 40, views: 900 }],
        [30, { likes: 70, views: 1900 }],
      ]),
    ];
    const map = scoreAccount(all, X);
    expect(map.size).toBe(all.length);
    for (const c of all) {
      expect(map.get(c.id)).toEqual(
        scorePost(
          c,
          all.filter((o) => o !== c),
          X,
        ),
      );
    }
  });

  it('old posts are compared with their contemporaries, not with today’s posts', () => {
    const then = Array.from({ length: 12 }, (_, i) => curve(`t${i}`, 400 * 24 + i * 24, [[48, usual(10)]]));
    const nowPosts = Array.from({ length: 12 }, (_, i) => curve(`n${i}`, (3 + i) * 24, [[48, usual(1000)]]));
    const old = curve('old', 395 * 24, [[48, usual(10)]]);
    const s = scoreAccount([...then, ...nowPosts, old], X).get('old')!;
    expect(s.ratio).toBeCloseTo(1, 9);
  });
});
