// The X adapter on real captured pages, read from ../shared/fixtures/real/x when present. Expected values
// are read off the markup by hand, independently of this code.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });

describe.skipIf(!hasReal)('X adapter on real captures', () => {
  it('reads the focused post of a status page with every exact count', async () => {
    const html = readReal('x/status-focused-tweet.html');
    const r = await extractPage(html, 'https://x.com/TestUser123/status/1981398750557065646', {
      own: 'TestUser123',
    });
    expect(r.platform).toBe('x');
    expect(r.problems).toEqual([]);
    expect(r.posts).toHaveLength(1);
    const [p] = r.posts;
    expect(p).toMatchObject({
      id: '1981398750557065646',
      url: 'https://x.com/TestUser123/status/1981398750557065646',
      author: 'TestUser123',
      own: true,
      publishedAt: '2025-10-23T16:34:09.000Z',
      text: "Democrat Shutdown Jeopardizes America's Skies",
    });
    // 30142 views from the labels, not the visible 29.9K.
    expect(p!.metrics).toEqual({
      comments: exact(48),
      shares: exact(152),
      likes: exact(553),
      saves: exact(9),
      views: exact(30142),
    });
  });

  it('reads the three posts of a profile timeline, not the quoted post inside one of them', async () => {
    const html = readReal('x/profile-timeline.html');
    const r = await extractPage(html, 'https://x.com/Kikobeats', { own: 'kikobeats' });
    expect(r.pageAccount).toBe('Kikobeats');
    expect(r.problems).toEqual([]);
    expect(r.posts.map((p) => [p.id, p.publishedAt, p.own])).toEqual([
      ['1759241476758733209', '2024-02-18T15:40:27.000Z', true],
      ['1987508451887784324', '2025-11-09T13:11:55.000Z', true],
      ['1935738866390253649', '2025-06-19T16:38:04.000Z', true],
    ]);
    const m = Object.fromEntries(r.posts.map((p) => [p.id, p.metrics]));
    expect(m['1759241476758733209']).toEqual({
      comments: exact(10),
      shares: exact(1),
      likes: exact(27),
      saves: exact(5),
      views: exact(11424),
    });
    // Visible text says 6K; the label says 6027.
    expect(m['1987508451887784324']).toEqual({
      comments: exact(785),
      shares: exact(890),
      likes: exact(6027),
      saves: exact(476),
      views: exact(788311),
    });
    expect(m['1935738866390253649']).toEqual({
      comments: exact(36),
      shares: exact(31),
      likes: exact(767),
      saves: exact(80),
      views: exact(101187),
    });
    // Two and three photos of their own; the third post's only photo belongs to the post it quotes.
    expect(r.posts.map((p) => p.format)).toEqual(['carousel', 'carousel', 'text']);
    // The quoted post (by @rauchg) is neither a post of its own nor the author of the quoting one.
    expect(r.posts.every((p) => p.author === 'Kikobeats')).toBe(true);
    expect(JSON.stringify(r)).not.toContain('1935417542534906135');
  });

  it('reads each timeline post’s own text: mentions, a flag drawn as an image, a link; not the quoted card', async () => {
    const html = readReal('x/profile-timeline.html');
    const r = await extractPage(html, 'https://x.com/Kikobeats', { own: 'kikobeats' });
    const text = Object.fromEntries(r.posts.map((p) => [p.id, p.text]));
    expect(text['1759241476758733209']).toBe(
      'Making some @microlinkhq t-shirts, oversized style. Ping me if you want one!',
    );
    // The line breaks of the post are single spaces; the flag is an <img alt="🇨🇳">.
    expect(text['1987508451887784324']).toMatch(
      /^Estoy viajando por China 🇨🇳 y es GAME OVER\. Tienen los mejores coches\. /,
    );
    expect(text['1987508451887784324']).toMatch(/el idioma no es un problema\.$/);
    // The link keeps the https:// X draws visually hidden; the quoted reply's "Replying to @rauchg" is not it.
    expect(text['1935738866390253649']).toBe("It's online https://vercel.vercel.vercel.app");
  });

  it('marks nothing as own when the page is another account and no handle is given', async () => {
    const html = readReal('x/profile-timeline.html');
    const r = await extractPage(html, 'https://x.com/Kikobeats');
    expect(r.viewer).toBeNull(); // logged out capture
    expect(r.posts.some((p) => p.own)).toBe(false);
  });
});
