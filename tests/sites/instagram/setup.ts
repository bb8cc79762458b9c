// Shared setup for the Instagram adapter tests: the project's fixtures, pages parsed (and closed after each
// test), and a page around a feed with the side navigation naming the viewer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadContext } from '@/lib/sites/types';
import { pageParser } from '@/tests/helpers/parsed-pages';

const dir = join('tests', 'fixtures', 'instagram');
export const fixture = (file: string) => readFileSync(join(dir, file), 'utf8');
export const NOW = Date.parse('2026-11-09T10:00:00Z');
export const HOME = 'https://www.instagram.com/';

export const { docOf, useCleanup } = pageParser(HOME);
export const ctxOf = (url = HOME, locale = 'en'): ReadContext => ({ locale, url: new URL(url), now: NOW });

export const nav = (viewer: string, alt = `${viewer}'s profile picture`) =>
  `<div class="nav"><a href="/"><svg aria-label="Home"></svg></a><a href="/${viewer}/"><span role="link"><img alt="${alt}"></span></a></div>`;
export const page = (body: string, lang = 'en', viewer = 'northwind.coffee') =>
  `<html lang="${lang}"><body><div id="mount_0_0_T"><section><main role="main"><div>${body}</div></main></section>${nav(viewer)}</div></body></html>`;
