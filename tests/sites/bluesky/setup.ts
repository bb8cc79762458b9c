// What the Bluesky adapter tests (adapter-page.test.ts, adapter-posts.test.ts) share: the fixtures under
// tests/fixtures/bluesky and their addresses, pages parsed at a fixed time and closed after each test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blueskyAdapter as adapter } from '@/lib/sites/bluesky/adapter';
import type { ReadContext } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'bluesky');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-20T12:00:00Z');
export const BRAND = 'lumenroasters.bsky.social';
export const PROFILE = `https://bsky.app/profile/${BRAND}`;
export const HOME = 'https://bsky.app/';
export const DID = 'did:plc:q2lumenx7roastd4vk5mhcoy';
/** The thread fixture's focused post, and its page. */
export const FOCUSED = '3n2lanuohnv3e';
export const THREAD = `${PROFILE}/post/${FOCUSED}`;

export const { docOf, useCleanup } = pageParser(HOME);
export const ctxOf = (url = HOME, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
export const extract = (html: string, url = HOME) =>
  extractPage(html, url, { adapter, now: NOW, own: BRAND });

export const page = (body: string, lang = 'en', nav = '') =>
  `<html lang="${lang}"><body><div id="root"><main role="main">${body}</main>${nav}</div></body></html>`;
