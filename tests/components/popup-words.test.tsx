// Every site's words for its counts, in the popup's and dashboard's metric lists: one form and many.
import { describe, expect, it } from 'vitest';
import { countOf, countWord, metricName, spokenCount } from '@/components/shared/format';
import { METRICS } from '@/lib/core/metrics';
import { SITES } from '@/lib/sites/catalog';

describe('count words', () => {
  it.each(SITES.map((s) => [s.name, s] as const))(
    '%s: every count has a word for one and for many',
    (_, site) => {
      for (const m of METRICS) {
        const many = site.metricNames[m];
        expect(countWord(site.id, m, 2), m).toBe(many);
        expect(countWord(site.id, m, 0), m).toBe(many);
        // A word for one that differs from the plural: a site's new word without one fails here.
        const one = countWord(site.id, m, 1);
        expect(one, `${site.id} ${m}`).not.toBe(many);
      }
    },
  );

  it('reads the words the sites use', () => {
    expect(countWord('x', 'comments', 1)).toBe('reply');
    expect(countWord('bluesky', 'shares', 1)).toBe('repost or quote');
    expect(countWord('linkedin', 'views', 1)).toBe('impression');
    expect(countWord('tiktok', 'saves', 1)).toBe('favorite');
    expect(countWord('reddit', 'likes', 1)).toBe('upvote');
    expect(metricName('unknown-site', 'likes')).toBe('likes');
  });

  it('says counts in words', () => {
    expect(spokenCount('x', 'likes', { value: 1, min: 1, max: 1 })).toBe('1 like');
    expect(spokenCount('x', 'views', { value: 1_234_567, min: 1_234_567, max: 1_234_567 })).toBe(
      '1,234,567 views',
    );
    expect(spokenCount('facebook', 'likes', { value: 1, min: 1, max: null })).toBe(
      'at least 1 reaction: the page shows 1+',
    );
    expect(countOf(1, 'post')).toBe('1 post');
    expect(countOf(1200, 'post')).toBe('1,200 posts');
    expect(countOf(0, 'reply', 'replies')).toBe('0 replies');
  });
});
