// The score's words as a manager reads them: settled results, early projections, learning, plurals, and
// the spoken form a screen reader says (no glyphs or symbols).
import { describe, expect, it } from 'vitest';
import { humanAge, learningText, plural, scoredText, spokenAge } from '@/lib/score/explain';
import { scorePost } from '@/lib/score/score';
import { toScoreView } from '@/lib/score/view';
import { baseline, type Counts, curve, X, young } from './score-fixtures';

const usual = (likes = 50): Counts => ({ likes });
const GLYPHS = /[▲▼●×~◉]/;

const settled = { ratio: 2.2, approximate: false, projected: false, percentile: 98, n: 30, ageHours: 6 };

describe('the badge line', () => {
  it('a settled result: ratio, rank, how many posts and the age they were compared at', () => {
    expect(scoredText(settled)).toBe('▲ 2.2× usual · top 2% · vs 30 posts at 6 h old');
    expect(scoredText({ ...settled, ratio: 0.42, percentile: 8, approximate: true })).toBe(
      '▼ ~0.4× usual · bottom 8% · vs 30 posts at 6 h old',
    );
  });

  it('a young post compared by projection says it is early and where it is heading, not "at 48h"', () => {
    const line = scoredText({ ...settled, projected: true, approximate: true, ageHours: 48 });
    expect(line).toBe('▲ early: on course for ~2.2× usual by 48 h · vs 30 posts');
    expect(line).not.toMatch(/at 48/);
  });

  it('learning says how many more posts it needs, in the right number', () => {
    expect(learningText(2)).toBe('learning: needs 3 more posts');
    expect(learningText(4)).toBe('learning: needs 1 more post');
    expect(learningText(0, 'behind pace')).toBe('learning: needs 5 more posts · early: slow start');
    expect(learningText(0, 'on pace')).toBe('learning: needs 5 more posts · early: typical start');
  });

  it('ages read as words with their unit, in the right number', () => {
    expect([0.2, 1, 1.5, 6, 48, 72, 28 * 24].map(humanAge)).toEqual([
      '12 min',
      '1 h',
      '1.5 h',
      '6 h',
      '48 h',
      '3 days',
      '28 days',
    ]);
    expect([1 / 60, 0.5, 1, 6, 96].map(spokenAge)).toEqual([
      '1 minute',
      '30 minutes',
      '1 hour',
      '6 hours',
      '4 days',
    ]);
  });

  it('plurals agree with their number', () => {
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
    expect(plural(2, 'reply', 'replies')).toBe('2 replies');
    expect(plural(0, 'post')).toBe('0 posts');
    expect(scoredText({ ...settled, n: 1 })).toContain('vs 1 post at');
  });
});

describe('the spoken line (the badge’s accessible name)', () => {
  it('says the numbers in words, with no glyph or symbol', () => {
    const spoken = scoredText({ ...settled, ageHours: 6 }, true);
    expect(spoken).toBe('2.2 times usual, top 2 percent, compared with 30 posts at 6 hours old');
    expect(spoken).not.toMatch(GLYPHS);
    const early = scoredText({ ...settled, projected: true, approximate: true, ageHours: 48 }, true);
    expect(early).toBe('early, on course for about 2.2 times usual by 48 hours, compared with 30 posts');
    expect(learningText(4, 'on pace', true)).toBe('learning, needs 1 more post, early: typical start');
  });
});

describe('the score view', () => {
  const F = (a: number) => a / (a + 80 / 60) / (48 / (48 + 80 / 60));
  const grown = Array.from({ length: 15 }, (_, i) =>
    curve(
      `o${i}`,
      (3 + i) * 24,
      [6, 12, 24, 48].map((a) => [a, usual(Math.round(200 * F(a)))] as [number, Counts]),
    ),
  );

  it('a settled score: line, spoken words and the explanation agree; not marked projected', () => {
    const v = toScoreView(
      scorePost(
        young({ likes: 100 }),
        baseline(15, () => usual()),
        X,
      ),
      'x',
    );
    expect(v.line).toMatch(/^▲ 2\.0× usual · top \d+% · vs 15 posts at 6 h old$/);
    expect(v.spoken).toMatch(/^2\.0 times usual, top \d+ percent, compared with 15 posts at 6 hours old$/);
    expect(v.projected).toBe(false);
    expect(v.detail).toContain('compared with the median of your last 15 X posts at the same age (6 h)');
    expect(v.detail).toContain('Overall 2.0× your usual');
  });

  it('a 12-minute-old post judged by projection: early in the line, the spoken words and the explanation', () => {
    const v = toScoreView(scorePost(young(usual(Math.round(3 * 200 * F(0.2))), 0.2), grown, X), 'x');
    expect(v.projected).toBe(true);
    const ratio = /on course for (~\d+(?:\.\d)?)× usual by 48 h/.exec(v.line)?.[1];
    expect(ratio).toBeDefined();
    expect(v.spoken).toContain(`early, on course for about ${ratio!.slice(1)} times usual by 48 hours`);
    expect(v.detail).toContain('this post is only 12 min old');
    expect(v.detail).toContain(`heading for ${ratio}× your usual by 48 h`);
    expect(v.detail).not.toMatch(/at the same age/);
  });

  it('learning: the line and the explanation agree on how many more posts are needed', () => {
    const v = toScoreView(
      scorePost(
        young({ likes: 100 }),
        baseline(2, () => usual()),
        X,
      ),
      'x',
    );
    expect(v.line).toBe('learning: needs 3 more posts');
    expect(v.spoken).toBe('learning, needs 3 more posts');
    expect(v.detail).toContain('has 2 so far, so it needs 3 more.');
    expect(v.projected).toBe(false);
  });

  it('the basis is named beside the number only when it is not the default', () => {
    const views = scorePost(
      young({ likes: 100, views: 2000 }),
      baseline(15, () => ({ likes: 50, views: 1000 })),
      X,
    );
    expect(toScoreView(views, 'x').basis).toBeNull();
    expect(toScoreView(views, 'x').detail).toContain('views are compared on their own');
    const raw = scorePost(
      young({ likes: 100 }),
      baseline(15, () => usual()),
      X,
    );
    expect(toScoreView(raw, 'x').basis).toBe('raw counts');
    const others = baseline(15, () => usual(50), { followers: () => 1000 });
    const perFollower = scorePost(young({ likes: 200 }, 6, { followers: 2000 }), others, X);
    expect(toScoreView(perFollower, 'x').basis).toBe('per follower');
  });
});
