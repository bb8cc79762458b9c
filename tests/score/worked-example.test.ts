// scoring.md's worked example (X, 6 h), reproduced from curves rather than from medians.
import { describe, expect, it } from 'vitest';
import { type Curve, explainScore, metricChips, scorePost } from '@/lib/score/score';
import { type Counts, curve, NOW, X } from './score-fixtures';

const POST: Counts = { likes: 120, comments: 18, shares: 9, saves: 4, views: 9000 };
const MEDIAN: Required<Omit<Counts, 'quotes'>> = { likes: 50, comments: 5, shares: 6, saves: 3, views: 7000 };

// By hand, from the design: L_E = (0.86 + 1.15 + 0.36 + 0.5·0.22) / 3.5 = 0.71 → 2.03×.
const L_LIKES = Math.log(121 / 51);
const L_REPLIES = Math.log(19 / 6);
const L_REPOSTS = Math.log(10 / 7);
const L_BOOKMARKS = Math.log(5 / 4);
const L_E = (L_LIKES + L_REPLIES + L_REPOSTS + 0.5 * L_BOOKMARKS) / 3.5;
const L_V = Math.log(9001 / 7001);

/** 27 posts: 13 smaller than the median post, the median post itself, 13 larger; read exactly at 6 h. */
function exactBaseline(): Curve[] {
  return Array.from({ length: 27 }, (_, i) => {
    const f = i < 13 ? 0.4 + i * 0.04 : i === 13 ? 1 : 1.2 + (i - 14) * 0.3;
    const at6: Counts = {};
    for (const [k, v] of Object.entries(MEDIAN)) at6[k as keyof Counts] = Math.round(v * f);
    // Later snapshots with big totals must not matter: the comparison is at 6 h.
    const at48: Counts = {};
    for (const [k, v] of Object.entries(at6)) at48[k as keyof Counts] = v * 5 + 100;
    return curve(`b${i}`, (i + 1) * 24, [
      [1, { likes: 1, comments: 0, shares: 0, saves: 0, views: 100 }],
      [6, at6],
      [48, at48],
    ]);
  });
}

/** The same medians reached by interpolation: snapshots at 4 h and 9 h only. Because 9/4 = (6/4)², the
 * log-log line puts 6 h halfway, so ln(1+c₆) = (ln(1+c₄) + ln(1+c₉))/2: (1+c₄)(1+c₉) = (1+c₆)². */
function bracketingBaseline(): Curve[] {
  // Median post: 17·153 = 51², 4·9 = 6², 1·49 = 7², 2·8 = 4², 7001·7001 = 7001² (flat views).
  const medAt4: Counts = { likes: 16, comments: 3, shares: 0, saves: 1, views: 7000 };
  const medAt9: Counts = { likes: 152, comments: 8, shares: 48, saves: 7, views: 7000 };
  return Array.from({ length: 27 }, (_, i) => {
    if (i === 13)
      return curve('b13', 14 * 24, [
        [4, medAt4],
        [9, medAt9],
      ]);
    // Others sit clearly below (i < 13) or above the median at every age.
    const f = i < 13 ? 0.7 : 1.4;
    const c4: Counts = {};
    const c9: Counts = {};
    for (const [k, v] of Object.entries(MEDIAN)) {
      c4[k as keyof Counts] = Math.round(v * f * 0.6);
      c9[k as keyof Counts] = Math.round(v * f * 1.5);
    }
    return curve(`b${i}`, (i + 1) * 24, [
      [4, c4],
      [9, c9],
    ]);
  });
}

const post = () => curve('post', 6, [[6, POST]]);

describe('worked example (scoring.md, X at 6 h)', () => {
  for (const [name, make] of [
    ['snapshots exactly at 6 h', exactBaseline],
    ['snapshots bracketing 6 h (log-log interpolation)', bracketingBaseline],
  ] as const) {
    describe(name, () => {
      const s = scorePost(post(), make(), X);

      it('reads 2.0× usual: exp(0.71) = 2.03', () => {
        expect(s.state).toBe('scored');
        expect(s.n).toBe(27);
        expect(s.ratio).toBeCloseTo(Math.exp(L_E), 6);
        expect(s.ratio).toBeCloseTo(2.03, 2);
        expect(s.confidence).toBe('normal'); // 12 ≤ 27 < 30, so no shrinkage either
        expect(s.ageHours).toBe(6);
      });

      it('per-metric lifts match the design, views 1.3×', () => {
        expect(s.perMetric.likes?.ratio).toBeCloseTo(Math.exp(L_LIKES), 6);
        expect(s.perMetric.comments?.ratio).toBeCloseTo(19 / 6, 6);
        expect(s.perMetric.shares?.ratio).toBeCloseTo(10 / 7, 6);
        expect(s.perMetric.saves?.ratio).toBeCloseTo(5 / 4, 6);
        expect(s.perMetric.views?.ratio).toBeCloseTo(Math.exp(L_V), 6);
        expect(s.perMetric.views?.ratio.toFixed(1)).toBe('1.3');
        // Bookmarks' usual count is 3 < 5: the Poisson guard halves their weight; the others keep 1.
        expect(s.perMetric.saves?.weight).toBe(0.5);
        expect(s.perMetric.likes?.weight).toBe(1);
        expect(s.perMetric.saves?.usual).toBeCloseTo(3, 9);
      });

      it('rate lift L_ER = L_E − L_V ≈ 0.46: per viewer ≈ 1.6× the norm', () => {
        expect(Math.log(s.rateRatio!)).toBeCloseTo(L_E - L_V, 6);
        expect(s.rateRatio!).toBeGreaterThan(1.55);
        expect(s.rateRatio!).toBeLessThan(1.65);
        expect(s.basis).toBe('views');
      });

      it('the badge says it in one line, with a glyph, not colour alone', () => {
        expect(s.explanation).toMatch(/^▲ 2\.0× usual · top \d+% · vs 27 posts at 6 h old$/);
        expect(s.approximate).toBe(false);
      });
    });
  }

  it('the post tops a baseline it beats on every metric: Hazen (28 − ½)/28', () => {
    // A flat baseline (every post exactly at the medians) makes the post's rank certain: first of 28.
    const flat = Array.from({ length: 27 }, (_, i) => curve(`f${i}`, (i + 1) * 24, [[6, MEDIAN]]));
    const s = scorePost(post(), flat, X);
    expect(s.percentile).toBeCloseTo((100 * 27.5) / 28, 9);
    expect(s.explanation).toBe('▲ 2.0× usual · top 2% · vs 27 posts at 6 h old');
    // Every baseline post is identical, so spreads sit at their 0.10 floor: z = 0.71/0.1, a clear outlier.
    expect(s.z).toBeCloseTo(L_E / 0.1, 6);
    expect(s.perMetric.likes?.z).toBeCloseTo(L_LIKES / 0.1, 6);
    expect(s.level).toBe('strong-up');
    expect(s.outlier).toBe(true);
  });

  it('chips use X words: replies, reposts, bookmarks', () => {
    const s = scorePost(post(), exactBaseline(), X);
    // 19/6 = 3.17, 10/7 = 1.43, 121/51 = 2.37, 5/4 = 1.25, 9001/7001 = 1.29
    expect(metricChips(s)).toBe('replies 3.2× · reposts 1.4× · likes 2.4× · bookmarks 1.3× · views 1.3×');
    expect(metricChips(s, 'instagram')).toBe(
      'comments 3.2× · shares 1.4× · likes 2.4× · saves 1.3× · views 1.3×',
    );
  });

  it('the popup explanation names the metrics, the posts, the age, views and per-viewer engagement', () => {
    const text = explainScore(scorePost(post(), exactBaseline(), X), 'x');
    expect(text).toContain('Likes, replies, reposts and bookmarks');
    expect(text).toContain('27 X posts');
    expect(text).toContain('6 h');
    expect(text).toContain('Views 1.3× usual');
    expect(text).toContain('engaged more than usual');
    expect(text).toMatch(/bookmarks count half/i);
    expect(text.split('. ').length).toBeGreaterThanOrEqual(3);
  });

  it('the time of scoring does not move the comparison age: it is the latest snapshot’s', () => {
    const later = scorePost(post(), exactBaseline(), { platform: 'x', now: NOW + 3 * 3_600_000 });
    expect(later.ageHours).toBe(6);
    expect(later.ratio).toBeCloseTo(Math.exp(L_E), 6);
    expect(later.postAgeHours).toBeCloseTo(9, 9);
  });
});
