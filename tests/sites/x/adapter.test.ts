// The X adapter's reading of a post's text, on the project's fixtures altered where they lack a case:
// the post's own words only (never the quoted post's), emoji drawn as images, no text at all, a long text;
// and its identity, never the quoted post's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xAdapter } from '@/lib/sites/x/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';

const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'x', file), 'utf8');
const NOW = Date.parse('2026-11-10T12:00:00Z');
const textsOf = async (html: string, url: string) => {
  const got = await extractPage(html, url, { own: 'NorthwindCoffee', now: NOW });
  return Object.fromEntries(got.posts.map((p) => [p.id, p.text]));
};

/** The opening tag of each `tweetText` and its words, in document order. */
const TWEET_TEXT = /(<div[^>]*data-testid="tweetText"[^>]*>)(.*?)(<\/div>)/gs;

describe('the text of an X post', () => {
  it('is its own, never the text of the post it quotes', async () => {
    const t = await textsOf(fixture('quote.html'), 'https://x.com/CoffeeDaily');
    expect(t['2119445000354495289']).toBe('The line at Northwind’s new café went round the block. Worth it?');
    expect(t['2118399283028573810']).toBe(
      'Beth is joining our team as head barista. Come say hi at Alberta Street.',
    );
    const all = Object.values(t).join('\n');
    expect(all).not.toContain('Our Alberta Street café, day one');
    expect(all).not.toContain('Pulled my first shot');
    expect(all).not.toContain('This post is unavailable');
  });

  it('is absent, not the quoted post’s, when the quoting post has no words of its own', async () => {
    let n = 0;
    // The first tweetText is the quoting post's own; the second is inside the card it quotes.
    const html = fixture('quote.html').replace(TWEET_TEXT, (all) => (n++ === 0 ? '' : all));
    const got = await extractPage(html, 'https://x.com/CoffeeDaily', { own: 'NorthwindCoffee', now: NOW });
    const post = got.posts.find((p) => p.id === '2119445000354495289');
    expect(post).toBeDefined();
    expect(post).not.toHaveProperty('text');
  });

  it('keeps emoji drawn as images (their alt) and the words around links and mentions', async () => {
    const html = fixture('home-timeline.html').replace(
      'Our winter blend is back.',
      'Our <img alt="☕" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/2615.svg"> winter blend is back <div><span><a href="/baristabeth" role="link">@baristabeth</a></span></div>!<br>',
    );
    const t = await textsOf(html, 'https://x.com/home');
    expect(t['2119470543522050205']).toBe(
      'Our ☕ winter blend is back @baristabeth! Dark chocolate, orange peel and a little smoke. In cafés from Monday.',
    );
  });

  it('is cut to 500 characters at a word, with "…"', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const html = fixture('home-timeline.html').replace('Oat or whole milk in a cortado?', long);
    const t = await textsOf(html, 'https://x.com/home');
    const text = t['2119090181133056414']!;
    expect([...text].length).toBeLessThanOrEqual(500);
    expect(text).toMatch(/^word0 word1 .* word\d+…$/);
  });
});

describe('the identity of an X post', () => {
  const QUOTING = '2119445000354495289';
  const QUOTED = '2118738189493541603';
  /** The quoting post without its own time link, and the card it quotes with a linked time. */
  const altered = fixture('quote.html')
    .replace(
      /<a href="\/CoffeeDaily\/status\/2119445000354495289" [^>]*><time datetime="2026-11-08T15:00:40.000Z">Nov 8<\/time><\/a>/,
      '<span>Nov 8</span>',
    )
    .replace(
      '<time datetime="2026-11-06T16:12:03.000Z">Nov 6</time>',
      `<a href="/NorthwindCoffee/status/${QUOTED}"><time datetime="2026-11-06T16:12:03.000Z">Nov 6</time></a>`,
    );

  it('is never the post it quotes: without its own permalink it is unreadable, not the quoted post', async () => {
    expect(altered).not.toContain(`status/${QUOTING}" dir`);
    const got = await extractPage(altered, 'https://x.com/CoffeeDaily', { own: 'NorthwindCoffee', now: NOW });
    expect(got.posts.map((p) => p.id)).not.toContain(QUOTED);
    expect(got.posts.map((p) => p.id)).not.toContain(QUOTING);
    expect(got.problems.some((p) => p.reason.includes('no permalink with a time'))).toBe(true);
  });

  it('is not told before reading (identify) from the card it quotes either', async () => {
    const page = parsePage(altered, 'https://x.com/CoffeeDaily');
    try {
      const posts = xAdapter.findPosts(page.document);
      const quoting = posts.find((p) =>
        p.querySelector(`a[href="/CoffeeDaily/status/${QUOTING}/analytics"]`),
      )!;
      expect(quoting).toBeDefined();
      expect(
        xAdapter.identify!(quoting, { locale: 'en', url: new URL('https://x.com/CoffeeDaily'), now: NOW }),
      ).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('the quotes of an X post', () => {
  const FOCUSED = '2117667023038218133';
  /** status.html's focused post as an older layout drew it: its quotes link with the count as its text. */
  const counted = fixture('status.html').replace(
    '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">View quotes</span>',
    '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">12 Quotes</span>',
  );
  const quotesOf = async (url: string) => {
    const got = await extractPage(counted, url, { own: 'NorthwindCoffee', now: NOW });
    const post = got.posts.find((p) => p.id === FOCUSED);
    expect(post?.metrics.likes).toBeDefined();
    return post?.metrics.quotes;
  };

  it('are read from the focused post’s quotes link on its own page', async () => {
    expect(counted).toContain('12 Quotes');
    expect(await quotesOf(`https://x.com/NorthwindCoffee/status/${FOCUSED}`)).toEqual({
      value: 12,
      min: 12,
      max: 12,
    });
  });

  it('are not looked for on a timeline, where no post has that link', async () => {
    expect(await quotesOf('https://x.com/NorthwindCoffee')).toBeUndefined();
  });
});
