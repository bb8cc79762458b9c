// Shared setup for the Facebook adapter tests: the project's fixtures, pages parsed (and closed after each
// test), and one post built to order in the real capture's structure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as adapter } from '@/lib/sites/facebook/adapter';
import type { ReadContext, ReadResult } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'facebook');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
export const NOW = Date.parse('2026-11-10T12:00:00Z');
export const PFBID = 'pfbid02MASi45ub7Qe4ZE36UT5G6cU4ud8Fhhe4deS4F3cw9KTAb8dLcukC7edhDQ7cn5d';

export const { docOf, useCleanup } = pageParser('https://www.facebook.com/LumenRoasters');
export const ctxOf = (locale = 'en', url = 'https://www.facebook.com/LumenRoasters'): ReadContext => ({
  locale,
  url: new URL(url),
  now: NOW,
});

interface PostSpec {
  href?: string;
  time?: string;
  author?: string;
  /** The reactions total's text; null: no toolbar. */
  total?: string | null;
  /** The hidden label beside the total. */
  label?: string;
  worded?: string[];
  describedBy?: boolean;
  inner?: string;
}

/** One post in the real capture's structure (header line named by aria-describedby, toolbar, total, words). */
export function postHtml(o: PostSpec = {}): string {
  const author = o.author ?? 'LumenRoasters';
  const href =
    o.href ?? `https://www.facebook.com/${author}/posts/${PFBID}?__cft__[0]=AZ&amp;__tn__=%2CO%2CP-R`;
  const total =
    o.total === null
      ? ''
      : `<div><span role="toolbar" aria-label="See who reacted"><span><div role="button" aria-label="Like: 9 people"></div></span></span><div>${o.label ?? 'All reactions:'}</div><span aria-hidden="true"><span><span>${o.total ?? '12'}</span></span></span></div>`;
  const worded = (o.worded ?? ['3 comments'])
    .map(
      (w) =>
        `<div><span><div role="button" tabindex="0"><span dir="auto"><span>${w}</span></span></div></span></div>`,
    )
    .join('');
  const described = o.describedBy === false ? '' : ' aria-describedby="m1 m2"';
  return `<div role="article" aria-posinset="1" aria-labelledby="h1"${described}>
<div data-ad-rendering-role="profile_name"><h3 id="h1"><a role="link" href="https://www.facebook.com/${author}?__cft__[0]=AZ">${author}</a></h3></div>
<div id="m1"><a role="link" aria-label="${o.time ?? '3h'}" href="${href}"><span>${o.time ?? '3h'}</span></a></div>
<div id="m2"><div dir="auto">Text</div></div>${o.inner ?? ''}
<div data-visualcompletion="ignore-dynamic"><div>${total}<div>${worded}</div></div><div role="button" aria-label="Like"><span dir="auto">Like</span></div></div>
</div>`;
}
export const page = (body: string, lang = 'en') =>
  `<html lang="${lang}"><body><div id="mount_0_0_t"><div role="main">${body}</div></div></body></html>`;

export function readFirst(html: string, locale = 'en'): ReadResult {
  const doc = docOf(page(html, locale));
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, ctxOf(locale));
}
