// Shared setup for the Mastodon adapter tests: the project's fixtures, pages parsed (and closed after each
// test), and a 4.3 status with its action bar built to order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mastodonAdapter as adapter } from '@/lib/sites/mastodon/adapter';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'mastodon');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
export const NOW = Date.parse('2026-11-10T12:00:00Z');

export const { docOf, useCleanup } = pageParser('https://mastodon.social/home');
export const ctxOf = (url = 'https://mastodon.social/home', locale = 'en'): ReadContext => ({
  locale,
  url: new URL(url),
  now: NOW,
});

/** A 4.3 status with an action bar whose counters are `counts` (undefined: no counter rendered). */
export function statusHtml(o: {
  id: string;
  href: string;
  datetime?: string | null;
  counts?: [string | undefined, string | undefined, string | undefined] | null;
  inner?: string;
}): string {
  const counter = (c: string | undefined) =>
    c === undefined ? '' : `<span class="icon-button__counter">${c}</span>`;
  const [r, b, f] = o.counts === undefined ? ['3', undefined, undefined] : (o.counts ?? []);
  const bar =
    o.counts === null
      ? ''
      : `<div class="status__action-bar"><button class="status__action-bar__button icon-button"><svg class="icon icon-reply"></svg>${counter(r)}</button><button class="status__action-bar__button icon-button"><svg class="icon icon-retweet"></svg>${counter(b)}</button><button class="status__action-bar__button star-icon icon-button"><svg class="icon icon-star"></svg>${counter(f)}</button></div>`;
  const time =
    o.datetime === null ? '' : `<time datetime="${o.datetime ?? '2026-11-09T15:20:31.412Z'}">1h</time>`;
  return `<div class="status__wrapper"><div class="status" data-id="${o.id}"><div class="status__info"><a class="status__relative-time" href="${o.href}">${time}</a><a class="status__display-name" href="/@x">X</a></div><div class="status__content">text</div>${o.inner ?? ''}${bar}</div></div>`;
}
export const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div id="mastodon" data-props="{}"><div class="columns-area"><div role="feed">${body}</div></div></div></body></html>`;

export function readFirst(html: string, url = 'https://mastodon.social/home'): ReadResult {
  const doc = docOf(page(html), url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(url));
}
