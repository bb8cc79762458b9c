// Generated count text, in many languages and number forms, fed to the adapters where a site shows a
// count: each reading is the right number, a range holding it, or unreadable, never a wrong exact number.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Count } from '@/lib/core/metrics';
import { mastodonAdapter } from '@/lib/sites/mastodon/adapter';
import type { ReadResult, SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXProfile, xIdAt } from '@/scripts/demo/x-markup';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';

const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'ru',
  'pl',
  'tr',
  'sv',
  'id',
  'ja',
  'zh-CN',
  'zh-TW',
  'ko',
  'hi',
  'ar',
  'fa',
  'he',
  'th',
  'vi',
  'uk',
  'cs',
  'el',
  'bn',
  'mr',
  'ta',
];
const NOW = Date.UTC(2026, 10, 20, 12);

/** The forms a site may print a count in: plain, grouped, compact short or long, in the page's language. */
const FORMS: Intl.NumberFormatOptions[] = [
  { useGrouping: false },
  {},
  { notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
  { notation: 'compact', maximumFractionDigits: 1, roundingMode: 'trunc' } as Intl.NumberFormatOptions,
];
const WORDS = ['', 'Likes', 'likes. Like', 'curtidas', 'Gefällt mir', 'いいね', '点赞', '·', '♥'];

const sample = fc.record({
  n: fc.oneof(
    fc.integer({ min: 0, max: 999 }),
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.integer({ min: 0, max: 2e9 }),
  ),
  locale: fc.constantFrom(...LOCALES),
  form: fc.constantFrom(...FORMS),
  before: fc.constantFrom(...WORDS),
  after: fc.constantFrom(...WORDS),
});

/** Holds n, and is exact only when it is n. */
function holds(c: Count, n: number): boolean {
  if (c.min === c.max) return c.value === n;
  return c.min <= n && (c.max === null || n <= c.max);
}

const pages: ParsedPage[] = [];
/** How many generated texts were read at all: the property must not pass by reading nothing. */
const read = { tried: 0, got: 0 };

afterAll(async () => {
  for (const p of pages) await p.close();
  // Most of what ICU writes is read; the rest is said to be unreadable, never misread.
  expect(read.got / read.tried).toBeGreaterThan(0.8);
});

function check(
  adapter: SiteAdapter,
  post: Element,
  set: (text: string) => void,
  locale: string,
  text: string,
  n: number,
) {
  set(text);
  read.tried++;
  const r: ReadResult = adapter.readPost(post, { locale, url: new URL('https://x.com/Brand'), now: NOW });
  const likes = r.ok ? r.post.metrics.likes : undefined;
  if (likes) read.got++;
  if (likes)
    expect(
      holds(likes, n),
      `${JSON.stringify(text)} (${locale}) read as ${JSON.stringify(likes)}, the count is ${n}`,
    ).toBe(true);
}

describe('X: the like button', () => {
  const id = xIdAt(NOW - 3600e3, 1);
  const page = parsePage(
    renderXProfile({
      handle: 'Brand',
      name: 'Brand',
      bio: '',
      followers: 1,
      following: 1,
      viewer: 'Brand',
      now: NOW,
      posts: [
        {
          id,
          author: 'Brand',
          name: 'Brand',
          text: 'p',
          publishedAt: NOW - 3600e3,
          replies: 1,
          reposts: 1,
          likes: 1,
          bookmarks: 0,
          views: 10,
        },
      ],
    }),
    'https://x.com/Brand',
  );
  pages.push(page);
  const post = page.document.querySelector('article[data-testid="tweet"]')!;
  const like = post.querySelector('[data-testid="like"]')!;
  const visible = like.querySelector('[data-testid="app-text-transition-container"]')!;
  // The action bar's English label names every non-zero count and is read first (lib/sites/x/counts.ts):
  // without it, as on a page in a language whose words Resonance doesn't know, the button is read.
  post.querySelector('[role="group"]')!.removeAttribute('aria-label');

  it('reads a generated label: the number, a range holding it, or nothing', () => {
    fc.assert(
      fc.property(sample, ({ n, locale, form, before, after }) => {
        const shown = new Intl.NumberFormat(locale, form).format(n);
        check(
          xAdapter,
          post,
          (t) => like.setAttribute('aria-label', t),
          locale,
          `${before} ${shown} ${after}`.trim(),
          n,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('reads generated visible text when the label has no number', () => {
    like.setAttribute('aria-label', 'Like');
    fc.assert(
      fc.property(sample, ({ n, locale, form }) => {
        const shown = new Intl.NumberFormat(locale, form).format(n);
        check(xAdapter, post, (t) => (visible.textContent = t), locale, shown, n);
      }),
      { numRuns: 400 },
    );
  });
});

describe('Mastodon: the favourites counter', () => {
  const page = parsePage(
    readFileSync('tests/fixtures/mastodon/profile.html', 'utf8'),
    'https://mastodon.social/@lumen',
  );
  pages.push(page);
  const post = mastodonAdapter.findPosts(page.document)[1]!;
  const counter = post.querySelector('.star-icon')?.closest('button')?.querySelector('.icon-button__counter');

  it('reads generated counter text: the number, a range holding it, or nothing', () => {
    expect(counter, 'the fixture’s second post has a favourites counter').toBeTruthy();
    fc.assert(
      fc.property(sample, ({ n, locale, form }) => {
        const shown = new Intl.NumberFormat(locale, form).format(n);
        check(mastodonAdapter, post, (t) => (counter!.textContent = t), locale, shown, n);
      }),
      { numRuns: 400 },
    );
  });
});
