// Whose page this is. The logged-in person manages the brand's Page, so the viewer is a person (or the
// Page itself, once they switch into it); the page's account is the Page or profile whose URL is open.
import type { AccountRef } from '@/lib/sites/types';
import { currentUser } from './json';
import { accountOfUrl, sameAccount, toUrl } from './links';
import { FB } from './selectors';

/** The logged-in account: the page's JSON gives its id and name, the home page's left rail its vanity. */
export function viewerOf(doc: Document): AccountRef | null {
  const user = currentUser(doc);
  const href = doc.querySelector(FB.viewerLink.css)?.getAttribute('href') ?? '';
  const url = href ? toUrl(href) : null;
  const vanity = url ? accountOfUrl(url) : null;
  if (!user) return vanity ? { handle: vanity } : null;
  const name = user.name ? { name: user.name } : {};
  if (vanity && vanity !== user.id) return { handle: vanity, ...name, aliases: [user.id] };
  return { handle: user.id, ...name };
}

/**
 * The Page or profile whose URL is open; managed when the viewer is that account (switched into the
 * Page) or the page shows the Page's admin tools outside any post (UNVERIFIED markup, selectors.ts).
 */
export function pageAccountOf(doc: Document, url: URL): AccountRef | null {
  const handle = accountOfUrl(url);
  if (!handle) return null;
  const viewer = viewerOf(doc);
  const isViewer =
    viewer !== null && [viewer.handle, ...(viewer.aliases ?? [])].some((h) => sameAccount(h, handle));
  const tools = Array.from(doc.querySelectorAll(FB.adminTools.css)).some((a) => !a.closest(FB.article.css));
  return isViewer || tools ? { handle, managed: true } : { handle };
}
