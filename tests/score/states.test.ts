// The score's states by baseline size, age and membership, each from a synthetic account built for it.
import { describe, expect, it } from 'vitest';
import { explainScore, scorePost } from '@/lib/score/score';
import { baseline, type Counts, curve, lift, NOW, X, young } from './score-fixtures';

const usual = (likes = 50): Counts => ({ likes });
const L = lift(100, 50); // a post with 100 likes against a usual 50

describe('learning: fewer than 5 comparable posts', () => {
  it.each([
    [0, 'learning: needs 5 more posts'],
    [1, 'learning: needs 4 more posts'],
    [2, 'learning: needs 3 more posts'],
    [3, 'learning: needs 2 more posts'],
    [4, 'learning: needs 1 more post'],
  ])('%i posts → "%s", no number', (k, line) => {
    const s = scorePost(
      young({ likes: 100 }),
      baseline(k, () => usual()),
      X,
    );
    expect(s.state).toBe('learning');
    expect(s.n).toBe(k);
    expect(s.ratio).toBeUndefined();
    expect(s.percentile).toBeUndefined();
    expect(s.confidence).toBe('learning');
    expect(s.explanation).toBe(line);
    expect(explainScore(s, 'x')).toContain(`has ${k} so far, so it needs ${5 - k} more.`);
  });

  it('posts published after `now` or without a readable value at this age do not count', () => {
    const future = curve('future', -24, [[1, usual()]]); // published tomorrow
    const tooYoung = baseline(6, () => usual(), { ageH: 2, firstDayAgo: 0.1 }); // last seen at 2 h < 6 h/2
    const s = scorePost(young({ likes: 100 }), [future, ...tooYoung, ...baseline(3, () => usual())], X);
    expect(s.state).toBe('learning');
    expect(s.n).toBe(3);
  });
});

describe('low confidence: 5-11 posts, "~" and shrinkage L·n/(n+5)', () => {
  it.each([5, 6, 8, 11])('%i posts', (k) => {
    const s = scorePost(
      young({ likes: 100 }),
      baseline(k, () => usual()),
      X,
    );
    expect(s.state).toBe('scored');
    expect(s.n).toBe(k);
    expect(s.confidence).toBe('low');
    expect(s.ratio).toBeCloseTo(Math.exp((L * k) / (k + 5)), 9);
    expect(s.ratio!).toBeLessThan(101 / 51); // shrunk toward 1
    expect(s.perMetric.likes?.ratio).toBeCloseTo(Math.exp((L * k) / (k + 5)), 9);
    expect(s.approximate).toBe(true);
    expect(s.explanation).toContain('~');
    expect(s.explanation).toContain(`vs ${k} posts at 6 h old`);
    expect(explainScore(s, 'x')).toMatch(/~ means approximate: .*fewer than 12/);
  });

  it('shrinkage is symmetric: a weak post is pulled up toward 1× too', () => {
    const s = scorePost(
      young({ likes: 20 }),
      baseline(7, () => usual()),
      X,
    );
    expect(s.ratio).toBeCloseTo(Math.exp((lift(20, 50) * 7) / 12), 9);
    expect(s.explanation.startsWith('▼ ~')).toBe(true);
  });
});

describe('normal (12-29) and high (≥ 30) confidence', () => {
  it.each([12, 20, 29])('%i posts → normal, no shrinkage', (k) => {
    const s = scorePost(
      young({ likes: 100 }),
      baseline(k, () => usual()),
      X,
    );
    expect(s.confidence).toBe('normal');
    expect(s.n).toBe(k);
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
    expect(s.explanation).not.toContain('~');
  });

  it.each([30, 45])('%i posts → high, baseline capped at 30', (k) => {
    const s = scorePost(
      young({ likes: 100 }),
      baseline(k, () => usual()),
      X,
    );
    expect(s.confidence).toBe('high');
    expect(s.n).toBe(30);
  });

  it('the 30 nearest posts are used: older ones beyond them do not move the median', () => {
    const recent = baseline(30, () => usual(50));
    const older = baseline(20, () => usual(5000), { firstDayAgo: 31, prefix: 'old' });
    const s = scorePost(young({ likes: 100 }), [...older, ...recent], X);
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
  });

  it('"~" also when the baseline is so spread that the ratio’s SE exceeds 25 %', () => {
    // Half the posts at 10 likes, half at 1000: s = 1.4826·(ln 1001 − ln 11)/2 ≈ 3.3, SE ≈ e^(1.2533·3.3/√20) − 1 ≫ 25 %.
    const s = scorePost(
      young({ likes: 300 }),
      baseline(20, (i) => usual(i % 2 ? 10 : 1000)),
      X,
    );
    expect(s.confidence).toBe('normal');
    expect(s.se!).toBeGreaterThan(0.25);
    expect(s.explanation).toContain('~');
    // Robust z by hand: median (ln 11 + ln 1001)/2, MAD (ln 1001 − ln 11)/2, s = 1.4826·MAD.
    const med = (Math.log(11) + Math.log(1001)) / 2;
    const sd = (1.4826 * (Math.log(1001) - Math.log(11))) / 2;
    expect(s.perMetric.likes?.z).toBeCloseTo((Math.log(301) - med) / sd, 9);
    expect(s.z).toBeCloseTo((Math.log(301) - med) / sd, 9); // one metric: the composite is likes
    expect(s.se).toBeCloseTo(Math.exp((1.2533 * sd) / Math.sqrt(20)) - 1, 9);
    expect(s.level).toBe('neutral');
  });
});

describe('percentile', () => {
  it('a post equal to every baseline post sits at the 50th percentile', () => {
    const s = scorePost(
      young({ likes: 50 }),
      baseline(15, () => usual()),
      X,
    );
    expect(s.percentile).toBeCloseTo(50, 9);
    expect(s.explanation).toBe('● 1.0× usual · top 50% · vs 15 posts at 6 h old');
  });
});

describe('direction words and glyphs', () => {
  it.each([
    [100, '▲'],
    [51, '●'], // 52/51 shows as 1.0×
    [20, '▼'],
  ])('%i likes vs usual 50 → %s', (likes, glyph) => {
    const s = scorePost(
      young({ likes }),
      baseline(15, () => usual()),
      X,
    );
    expect(s.explanation.startsWith(glyph)).toBe(true);
  });

  it('below the median reads "bottom"', () => {
    const s = scorePost(
      young({ likes: 20 }),
      baseline(15, (i) => usual(40 + i)),
      X,
    );
    expect(s.explanation).toMatch(/bottom \d+%/);
    expect(s.percentile!).toBeLessThan(50);
  });
});

describe('post older than the saturation age is compared at A_sat', () => {
  // Post: 100 likes at 48 h, 150 at 5 d. Others: 50 at 48 h, 60 at 5 d. At 48 h: 101/51; at 5 d it would be 151/61.
  const others = Array.from({ length: 15 }, (_, i) =>
    curve(`o${i}`, (10 + i) * 24, [
      [6, usual(20)],
      [48, usual(50)],
      [120, usual(60)],
    ]),
  );
  const post = curve('post', 120, [
    [6, usual(20)],
    [48, usual(100)],
    [120, usual(150)],
  ]);

  it('X: at 48 h', () => {
    const s = scorePost(post, others, X);
    expect(s.ageHours).toBe(48);
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
    expect(s.explanation).toContain('at 48 h old');
  });

  it('a post first seen long after A_sat is read as its final total', () => {
    const late = curve('post', 200, [[150, usual(100)]]);
    const s = scorePost(late, others, X);
    expect(s.ageHours).toBe(48);
    expect(s.ratio).toBeCloseTo(101 / 51, 9);
  });

  it('YouTube: capped at 28 days', () => {
    const vids = Array.from({ length: 12 }, (_, i) =>
      curve(`v${i}`, (60 + i) * 24, [[40 * 24, { views: 1000 }]]),
    );
    const s = scorePost(curve('post', 50 * 24, [[45 * 24, { views: 3000 }]]), vids, {
      platform: 'youtube',
      now: NOW,
    });
    expect(s.ageHours).toBe(28 * 24);
    expect(s.explanation).toContain('at 28 days old');
    expect(s.ratio).toBeCloseTo(3001 / 1001, 9); // views alone are the headline when nothing else is shown
  });
});

describe('baseline membership', () => {
  it('excludes posts older than 180 days and the post itself', () => {
    const recent = baseline(10, () => usual(50));
    const ancient = baseline(20, () => usual(5000), { firstDayAgo: 181, prefix: 'a' });
    const self = curve('post', 30 * 24, [[6, usual(1)]]); // a stale copy of the post among the others
    const s = scorePost(young({ likes: 100 }), [...recent, ...ancient, self], X);
    expect(s.n).toBe(10);
    expect(s.ratio).toBeCloseTo(Math.exp((L * 10) / 15), 9);
  });

  it('includes posts just inside 180 days', () => {
    const edge = baseline(10, () => usual(50), { firstDayAgo: 170 });
    expect(scorePost(young({ likes: 100 }), edge, X).n).toBe(10);
  });

  it('prefers the same format when ≥ 10 such posts exist', () => {
    const videos = baseline(12, () => usual(100), { format: 'video', prefix: 'v' });
    const texts = baseline(20, () => usual(10), { format: 'text', prefix: 't' });
    const s = scorePost(young({ likes: 100 }, 6, { format: 'video' }), [...videos, ...texts], X);
    expect(s.n).toBe(12);
    expect(s.ratio).toBeCloseTo(1, 9);
    expect(s.format).toBe('video');
  });

  it('falls back to all formats with only 9 of the same', () => {
    const videos = baseline(9, () => usual(100), { format: 'video', prefix: 'v' });
    const texts = baseline(20, () => usual(10), { format: 'text', prefix: 't', firstDayAgo: 10 });
    const s = scorePost(young({ likes: 100 }, 6, { format: 'video' }), [...videos, ...texts], X);
    expect(s.n).toBe(29);
    expect(s.ratio).toBeCloseTo(101 / 11, 9); // 20 of 29 posts have 10 likes: the median is 10
    expect(s.format).toBeUndefined();
  });
});
