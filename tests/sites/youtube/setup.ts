// Shared setup for the YouTube adapter tests: the project's fixtures and their addresses, and pages parsed
// (and closed after each test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadContext } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'youtube');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
export const NOW = Date.parse('2026-11-10T12:00:00Z');
export const VIDEOS = 'https://www.youtube.com/@LumenRoasters/videos';
export const WATCH = 'https://www.youtube.com/watch?v=Lm3nPour0v3';

const pages = pageParser('');
export const { useCleanup } = pages;
/** Every page is parsed at the address it names. */
export const docOf = (html: string, url: string) => pages.docOf(html, url);
export const ctxOf = (url: string, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });
