// Shared setup for the LinkedIn adapter tests: the project's fixtures, pages parsed (and closed after each
// test), and a legacy feed card built to order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkedinAdapter as adapter } from '@/lib/sites/linkedin/adapter';
import type { ReadResult } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

export const fixture = (file: string) => readFileSync(join('tests', 'fixtures', 'linkedin', file), 'utf8');
export const NOW = Date.parse('2026-11-10T12:00:00Z');
export const FEED = 'https://www.linkedin.com/feed/';
const ID = '7525856579968874925'; // 2026-11-10T09:47:12.318Z

export const { docOf, useCleanup } = pageParser(FEED);

/** A legacy card as the real home-feed capture draws it, reduced to what is read. */
export function legacyCard(o: {
  urn?: string;
  sub?: string;
  reactions?: string;
  comments?: string;
  scope?: string;
}) {
  const counts =
    o.reactions === undefined
      ? ''
      : `<div class="social-details-social-counts"><ul><li class="social-details-social-counts__item social-details-social-counts__reactions"><button data-reaction-details="" aria-label="${o.reactions}"><span aria-hidden="true" class="social-details-social-counts__reactions-count">x</span></button></li>${o.comments ? `<li class="social-details-social-counts__item social-details-social-counts__comments"><button aria-label="${o.comments}"><span aria-hidden="true">${o.comments}</span></button></li>` : ''}</ul></div>`;
  const card = `<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:${o.urn ?? ID}"><div class="update-components-actor__meta"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/lumen-roasters/posts">Lumen Roasters</a><span class="update-components-actor__sub-description"><span aria-hidden="true">${o.sub ?? '2h •'}</span><span class="visually-hidden">long</span></span></div><div class="update-v2-social-activity">${counts}<div class="feed-shared-social-action-bar"><button>Like</button></div></div></div>`;
  return o.scope === undefined
    ? card
    : `<div data-view-name="feed-full-update" data-view-tracking-scope="${o.scope}">${card}</div>`;
}
export const page = (cards: string, lang = 'en') =>
  `<html lang="${lang}"><body><main><div class="scaffold-finite-scroll__content">${cards}</div></main></body></html>`;

export function readFirst(html: string, locale = 'en', now = NOW): ReadResult {
  const doc = docOf(html);
  const [post] = adapter.findPosts(adapter.feedRoot(doc)!);
  return adapter.readPost(post!, { locale, url: new URL(FEED), now });
}
