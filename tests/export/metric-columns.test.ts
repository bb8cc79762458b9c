import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactCount, METRICS } from '@/lib/core/metrics';
import { postColumns, postRow, snapshotColumns, snapshotRow } from '@/lib/export/columns';
import { maskOf, metricHeader, PlanBuilder, pointMask } from '@/lib/export/metric-columns';
import { SITES } from '@/lib/sites/catalog';
import type { PostRecord } from '@/lib/store/records';

describe('metric headers', () => {
  it('are the plain names when every exported site uses them', () => {
    expect(metricHeader('likes', ['x', 'instagram'])).toBe('likes');
    expect(metricHeader('comments', [])).toBe('comments');
  });

  it("say what each exported site calls a count, sites grouped by word in the catalog's order", () => {
    expect(metricHeader('comments', ['x'])).toBe('comments (replies on X)');
    expect(metricHeader('shares', ['x', 'bluesky', 'threads', 'mastodon', 'facebook'])).toBe(
      'shares (reposts on X, Threads; reposts and quotes on Bluesky; boosts on Mastodon)',
    );
    expect(metricHeader('views', ['linkedin', 'youtube'])).toBe('views (impressions on LinkedIn)');
    expect(metricHeader('saves', ['tiktok', 'mastodon', 'x'])).toBe(
      'saves (bookmarks on X, Mastodon; favorites on TikTok)',
    );
  });
});

describe('plans', () => {
  it('hold the metrics some reading fills, in METRICS order, and the sites in catalog order', () => {
    const b = new PlanBuilder();
    b.add('reddit', maskOf({ views: exactCount(1), likes: exactCount(2) }));
    b.add('x', maskOf({ comments: exactCount(0) }));
    b.add('facebook', 0);
    expect(b.plan()).toEqual({ metrics: ['likes', 'comments', 'views'], sites: ['x', 'facebook', 'reddit'] });
  });

  it('read a curve point: a shown 0 fills its metric, null does not', () => {
    expect(pointMask([1, null, 0, null, null, null, 7])).toBe(
      maskOf({ comments: exactCount(0), views: exactCount(7) }),
    );
    expect(pointMask([1, null, null, null, null, null, null])).toBe(0);
  });

  it('shape both CSVs: headers and rows of the same width, only the planned metrics', () => {
    const plan = { metrics: ['likes', 'views'] as const, sites: ['linkedin'] as const };
    const post: PostRecord = {
      key: 'linkedin:7',
      platform: 'linkedin',
      id: '7123456789012345678',
      account: 'linkedin:company/lumen',
      author: 'company/lumen',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
      publishedAt: null,
      firstSeenAt: 0,
      lastSeenAt: 0,
      latest: { likes: exactCount(3), comments: exactCount(1), views: exactCount(90) },
      snapshots: 1,
    };
    const header = snapshotColumns(plan);
    expect(header.slice(-6)).toEqual([
      'likes (reactions on LinkedIn)',
      'likes_min',
      'likes_max',
      'views (impressions on LinkedIn)',
      'views_min',
      'views_max',
    ]);
    const row = snapshotRow(
      post,
      { post: post.key, capturedAt: 0, metrics: post.latest },
      'company/lumen',
      plan,
    );
    expect(row).toHaveLength(header.length);
    expect(row.slice(-6)).toEqual([3, 3, 3, 90, 90, 90]);
    const posts = postColumns(plan);
    expect(postRow(post, 'company/lumen', null, plan)).toHaveLength(posts.length);
    expect(posts.at(-9)).toBe('views_max');
  });
});

describe('docs/export-format.md', () => {
  const doc = readFileSync(new URL('../../docs/export-format.md', import.meta.url), 'utf8');

  it("names every site's words for every count, as the sites' metricNames say", () => {
    const rows = new Map(
      doc
        .split('\n')
        .filter((l) => l.startsWith('| '))
        .map((l) =>
          l
            .split('|')
            .slice(1, -1)
            .map((c) => c.trim()),
        )
        .map((cells) => [cells[0]!, cells.slice(1)]),
    );
    expect(rows.get('site')).toEqual([...METRICS]);
    for (const site of SITES)
      expect(rows.get(site.name), site.name).toEqual(METRICS.map((m) => site.metricNames[m]));
  });

  it('documents the id cells and the formula prefix', () => {
    expect(doc).toContain('"=""1981398750557065646"""');
    expect(doc).toContain('starts with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed');
  });
});
