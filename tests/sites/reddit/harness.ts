// Shared setup of the Reddit adapter's tests (adapter-*.test.ts): the fixtures under tests/fixtures/reddit, pages
// parsed and closed after each test, and new and old Reddit posts built for what the fixtures don't show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redditAdapter as adapter } from '@/lib/sites/reddit/adapter';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'reddit');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-20T12:00:00Z');
export const LISTING = 'https://www.reddit.com/r/Coffee/';
export const OLD = 'https://old.reddit.com/r/Coffee/';

export const { docOf, useCleanup } = pageParser(LISTING);
export const ctxOf = (url = LISTING, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
export const extract = (html: string, url = LISTING) =>
  extractPage(html, url, { adapter, now: NOW, own: 'LumenRoasters' });

/** A new Reddit feed post; `attrs` replace or (as null) remove the default attributes, `shadow` is its root. */
export function shreddit(
  o: { attrs?: Record<string, string | null>; shadow?: string; light?: string } = {},
): string {
  const base: Record<string, string | null> = {
    id: 't3_1r2lmn0',
    permalink: '/r/Coffee/comments/1r2lmn0/our_new_huila_lot/',
    author: 'LumenRoasters',
    'created-timestamp': '2026-11-20T08:14:22.418000+0000',
    'post-type': 'image',
    score: '1284',
    'comment-count': '96',
    ...o.attrs,
  };
  const attrs = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const shadow = o.shadow === undefined ? '' : `<template shadowrootmode="open">${o.shadow}</template>`;
  return `<article><shreddit-post ${attrs}>${shadow}${o.light ?? ''}</shreddit-post></article>`;
}
export const newPage = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><shreddit-app><main id="main-content"><shreddit-feed>${body}</shreddit-feed></main></shreddit-app></body></html>`;

/** An old Reddit link thing; `midcol` is the vote column's class and scores, `attrs` replace data attributes. */
export function thing(
  o: { attrs?: Record<string, string | null>; midcol?: string; comments?: string } = {},
): string {
  const base: Record<string, string | null> = {
    'data-fullname': 't3_1qwtr8e',
    'data-author': 'LumenRoasters',
    'data-permalink': '/r/Coffee/comments/1qwtr8e/ama/',
    'data-timestamp': '1793214164733',
    'data-domain': 'self.Coffee',
    'data-score': '14558',
    'data-comments-count': '420',
    ...o.attrs,
  };
  const attrs = Object.entries(base)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  const midcol =
    o.midcol ??
    '<div class="midcol unvoted"><div class="score dislikes" title="14557">14.6k</div><div class="score unvoted" title="14558">14.6k</div><div class="score likes" title="14559">14.6k</div></div>';
  const comments = o.comments ?? '420 comments';
  return `<div class=" thing link self" ${attrs}>${midcol}<div class="entry unvoted"><div class="top-matter"><p class="tagline">submitted <time datetime="2026-10-28T19:02:44+00:00">23 days ago</time></p><ul class="flat-list buttons"><li class="first"><a class="bylink comments" data-event-action="comments" href="/r/Coffee/comments/1qwtr8e/ama/">${comments}</a></li></ul></div></div><div class="child"></div></div>`;
}
export const oldPage = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div class="content" role="main"><div id="siteTable">${body}</div></div></body></html>`;

export function readFirst(html: string, url = LISTING, locale = 'en'): ReadResult {
  const doc = docOf(html, url);
  const [post] = adapter.findPosts(adapter.feedRoot(doc) ?? doc);
  return adapter.readPost(post!, ctxOf(url, locale));
}
