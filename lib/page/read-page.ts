// Reading a whole page through an adapter: shared by `npm run extract` and by tests. No browser API.
import type { PostReading, ReadContext, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { normalizeHandle } from '@/lib/sites/types';

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

export interface PageReading {
  posts: PostReading[];
  problems: UnreadablePost[];
}

export function readAllPosts(adapter: SiteAdapter, root: ParentNode, ctx: ReadContext): PageReading {
  const posts: PostReading[] = [];
  const problems: UnreadablePost[] = [];
  for (const el of adapter.findPosts(root)) {
    const r = adapter.readPost(el, ctx);
    if (r.ok) posts.push(r.post);
    else problems.push(r.problem);
  }
  return { posts, problems };
}

export function isOwn(author: string | undefined, own: ReadonlySet<string>): boolean {
  return author !== undefined && own.has(normalizeHandle(author));
}
