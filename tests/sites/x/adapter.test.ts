// The X adapter's reading of a post's text, on the project's fixtures altered where they lack a case:
// the post's own words only (never the quoted post's), emoji drawn as images, no text at all, a long text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
