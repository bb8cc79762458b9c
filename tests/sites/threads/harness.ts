// Shared setup of the Threads adapter's tests (adapter-*.test.ts): the fixtures under tests/fixtures/threads, pages
// parsed and closed after each test, and markup built in the fixtures' structure for what they don't show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadsAdapter as adapter } from '@/lib/sites/threads/adapter';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'threads');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
export const NOW = Date.parse('2026-11-09T10:00:00Z');
export const BRAND = 'northwind.coffee';
export const PROFILE = `https://www.threads.com/@${BRAND}`;
export const HOME = 'https://www.threads.com/';
export const POST_PAGE = `https://www.threads.com/@${BRAND}/post/DfcCHdXgAEt`;
export const exact = (n: number) => ({ value: n, min: n, max: n });

export const { docOf, useCleanup } = pageParser(PROFILE);
export const ctxOf = (url = PROFILE, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });

export interface PostSpec {
  code?: string;
  author?: string;
  /** The permalink time's datetime; null for a <time> without one. */
  iso?: string | null;
  labels?: string[];
  counts?: string[];
  media?: string;
  inner?: string;
  after?: string;
}

export const icon = (label: string) => `<svg aria-label="${label}" role="img"><title>${label}</title></svg>`;

/** A post in the fixtures' structure: avatar, name, permalink with its time, menu, text, media, action bar. */
export function post(o: PostSpec = {}): string {
  const code = o.code ?? 'DffNet7gABl';
  const author = o.author ?? BRAND;
  const time =
    o.iso === null
      ? '<time>17h</time>'
      : `<time datetime="${o.iso ?? '2026-11-08T16:42:10.000Z'}">17h</time>`;
  const labels = o.labels ?? ['Like', 'Comment', 'Repost', 'Share'];
  const counts = o.counts ?? ['356', '18', '42', '12'];
  const bar = labels
    .map(
      (l, i) =>
        `<div><div role="button" tabindex="0"><div>${icon(l)}${counts[i] ? `<span dir="auto"><div><span>${counts[i]}</span></div></span>` : ''}</div></div></div>`,
    )
    .join('');
  return `<div data-pressable-container="true"><div><div><a href="/@${author}" role="link"><img alt="${author}'s profile picture"></a></div>
<div><a href="/@${author}" role="link"><span dir="auto">${author}</span></a><span dir="auto"><a href="/@${author}/post/${code}" role="link">${time}</a></span>
<div aria-haspopup="menu" role="button">${icon('More')}</div></div></div>
<div><div><span dir="auto"><span>Text</span></span></div>${o.media ?? ''}${o.inner ?? ''}<div><div>${bar}</div></div>${o.after ?? ''}</div></div>`;
}

const nav = (viewer: string | null) =>
  viewer
    ? `<div><a href="/" role="link">${icon('Home')}</a><a href="/@${viewer}" role="link">${icon('Profile')}</a></div>`
    : `<div><a href="/" role="link">${icon('Home')}</a><div role="button">${icon('Profile')}</div><a href="/login">Log in</a></div>`;
export const page = (body: string, o: { lang?: string; viewer?: string | null; data?: string } = {}) =>
  `<html lang="${o.lang ?? 'en'}"><body>${nav(o.viewer === undefined ? BRAND : o.viewer)}<div id="barcelona-page-layout"><div role="region" aria-label="Column body">${body}</div></div>${o.data ?? ''}</body></html>`;

export function readFirst(
  body: string,
  o: { lang?: string; viewer?: string | null; data?: string; url?: string } = {},
) {
  const url = o.url ?? PROFILE;
  const doc = docOf(page(body, o), url);
  const [el] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(el!, ctxOf(url, o.lang ?? 'en'));
}
export const metricsOf = (r: ReadResult) => (r.ok ? r.post.metrics : r.problem.reason);
