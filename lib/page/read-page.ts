// Reading posts through an adapter, one post at a time: a post whose reading throws is reported as
// unreadable and the rest are read. Shared by the content script, `npm run extract` and the tests.
import type { ContentSend } from '@/lib/protocol/messages';
import { adoptUnits } from '@/lib/sites/shared/count/units';
import type { SiteInfo } from '@/lib/sites/site';
import type { ReadContext, ReadResult, SiteAdapter } from '@/lib/sites/types';

/** The page's UI language (`<html lang>`), else the given fallback (the browser's language). */
export function pageLocale(doc: Document, fallback = 'en'): string {
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  if (!lang) return fallback;
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * The count units of `locale` and English, as the worker learned them, and the time words of a site that
 * reads written times or ages, taken before the first read so the page's thread never learns them. A page
 * that could not ask learns them itself at its first read.
 */
export async function adoptWorkerUnits(
  send: ContentSend,
  locale: string,
  adapter: SiteAdapter,
): Promise<void> {
  const reads = adapter.words;
  try {
    for (const { tag, units, words } of await send('getUnits', { locales: [locale], words: reads?.kind })) {
      adoptUnits(tag, units);
      // The worker answers with the kind of words asked for.
      if (words) reads?.adopt(tag, words as never);
    }
  } catch {}
}

/** What a read needs of the page, now; its address parsed once per address (each frame adding posts asks). */
export function readContextOf(doc: Document, locale: string, now: () => number): () => ReadContext {
  let last: { href: string; url: URL } | null = null;
  return () => {
    const href = doc.location.href;
    if (last?.href !== href) last = { href, url: new URL(href) };
    return { locale, url: last.url, now: now() };
  };
}

/** Reads one post; an adapter that throws (a site change it did not foresee) yields a problem, not a crash. */
export function readSafely(adapter: SiteAdapter, el: Element, ctx: ReadContext): ReadResult {
  try {
    return adapter.readPost(el, ctx);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: { platform: adapter.site.id, reason: `reading failed: ${why.slice(0, 200)}`, failed: true },
    };
  }
}

/** Whether `author` (a handle as the site writes it) is one of `ids` (tracked account ids and aliases). */
export function isOwn(site: SiteInfo, author: string | undefined, ids: ReadonlySet<string>): boolean {
  if (author === undefined) return false;
  const name = site.accounts.parse(author);
  return name !== null && ids.has(name.id);
}
