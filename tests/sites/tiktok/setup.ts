// What the TikTok adapter tests (adapter-page.test.ts, adapter-posts.test.ts) share: the fixtures under
// tests/fixtures/tiktok, pages parsed at a fixed time and closed after each test, and a whole-page extract.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tiktokAdapter as adapter } from '@/lib/sites/tiktok/adapter';
import type { ReadContext } from '@/lib/sites/types';
import { extractPage } from '@/scripts/lib/extract-page';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'tiktok');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
const NOW = Date.parse('2026-11-20T12:00:00Z');
export const FEED = 'https://www.tiktok.com/foryou';

export const { docOf, useCleanup } = pageParser(FEED);
export const ctxOf = (url = FEED, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
export const extract = (html: string, url = FEED) =>
  extractPage(html, url, { adapter, now: NOW, own: 'lumenroasters' });
