// The LinkedIn adapter on real captured pages (beingadish/linkedin-ai-automator linkedin_debug.html, 2025-06;
// microlinkhq/metascraper linkedin-company input.html, 2024-10), read through tests/sites/shared-fixtures.ts
// when present. Expected values were read off the markup by hand, independently of this code. Each behaviour
// proved here is proved again by a project fixture (home-feed-legacy.html, company-guest.html).
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });

describe.skipIf(!hasReal)('LinkedIn adapter on real captures', () => {
  it('reads the one rendered post of a legacy home feed, its time from the id, and skips the ad', async () => {
    // No `now`: the id gives the time exactly, whatever the clock says of "1h".
    const r = await extractPage(readReal('linkedin/home-feed.html'), 'https://www.linkedin.com/feed/', {
      adapter,
    });
    expect(r.platform).toBe('linkedin');
    expect(r.viewer).toBe('in/beingadish');
    expect(r.pageAccount).toBeNull();
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 0, unreadable: 0 });
    expect(r.posts).toEqual([
      {
        id: '7341458136567902210',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7341458136567902210/',
        author: 'in/vikalp-chawla-0996a318b',
        own: false,
        publishedAt: '2025-06-19T13:33:37.454Z',
        format: 'image',
        // The commentary as shown: its hashtags' visually hidden "hashtag" is not part of it.
        text: '🏆 Thrilled & Excited to share that I have been recognized with a Spot Award for implementing and delivering the PDF export functionality in my recent project at HashedIn by Deloitte ! 🎉 Thanks to my amazing team and leads for this recognition ✨ #deloitte #spotaward #SpotAward #Gratitude #Achievement #hasher #hashedinbydeloitte #milestoneachieved #DeloitteRecognition',
        // Only reactions are drawn: comments and reposts are absent, never 0.
        metrics: { likes: exact(12) },
      },
    ]);
    // The AWS "Promoted" card (urn 7331527083539554305) is an ad; the later items are empty placeholders.
    expect(JSON.stringify(r)).not.toContain('7331527083539554305');
    expect(JSON.stringify(r)).not.toContain('7341464803103731712');
  });

  it('marks the post as own when its author is tracked', async () => {
    const r = await extractPage(readReal('linkedin/home-feed.html'), 'https://www.linkedin.com/feed/', {
      adapter,
      own: 'https://www.linkedin.com/in/vikalp-chawla-0996a318b/',
    });
    expect(r.posts.map((p) => [p.id, p.own])).toEqual([['7341458136567902210', true]]);
    expect(r.health).toMatchObject({ state: 'reading', own: 1 });
  });

  it('reads the guest company page: four own posts, six reposts as other accounts’ posts', async () => {
    const r = await extractPage(
      readReal('linkedin/company-page-guest.html'),
      'https://uk.linkedin.com/company/audiense',
      {
        adapter,
        own: 'company/audiense',
      },
    );
    expect(r.viewer).toBeNull();
    expect(r.pageAccount).toBe('company/audiense');
    expect(r.problems).toEqual([]);
    const own = r.posts.filter((p) => p.own);
    expect(own.map((p) => [p.id, p.author, p.metrics.likes])).toEqual([
      ['7247945789950353408', 'company/audiense', exact(11)],
      ['7247565845378338816', 'company/audiense', exact(2)],
      ['7247234919192530944', 'company/audiense', exact(4)],
      ['7246889922761027584', 'company/audiense', exact(4)],
    ]);
    // Guest cards show no reposts and no impressions.
    for (const p of own) expect(p.metrics.shares ?? p.metrics.views).toBeUndefined();
    const others = r.posts.filter((p) => !p.own);
    expect(others).toHaveLength(6);
    expect(others.every((p) => p.author !== 'company/audiense')).toBe(true);
    // A repost card whose own activity differs from the post it shows is read as that post, never the repost.
    expect(r.posts.map((p) => p.id)).toContain('7247272058634571776');
    expect(r.posts.map((p) => p.id)).not.toContain('7247904311840542721');
    expect(r.health).toEqual({ state: 'reading', posts: 10, own: 4, unreadable: 0 });
  });

  it('reads each guest card’s commentary, a long one cut at a word with "…", a repost’s as its author wrote it', async () => {
    const r = await extractPage(
      readReal('linkedin/company-page-guest.html'),
      'https://uk.linkedin.com/company/audiense',
      { adapter, own: 'company/audiense' },
    );
    const text = new Map(r.posts.map((p) => [p.id, p.text]));
    expect(text.get('7246905382042845184')).toBe(
      'Para conmemorar el Día Mundial de Concienciación sobre la Salud Mental, desde Audiense hemos organizado una campaña para apoyar a la fundación Fundación Juegaterapia, el 10 tendremos un "no meetings day" y haremos una caminata benéfica de 10.000 pasos https://lnkd.in/d48qBCxp',
    );
    const long = text.get('7247945789950353408') ?? '';
    expect(long.startsWith('Demographics are a thing of the past for savvy agencies.')).toBe(true);
    expect(long.endsWith('actions, interests, and…')).toBe(true);
    expect([...long].length).toBeLessThanOrEqual(500);
    expect(r.posts.every((p) => p.text && !p.text.includes('reposted this'))).toBe(true);
  });
});
