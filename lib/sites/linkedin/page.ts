// The accounts a LinkedIn page shows: the logged-in member, and the person or Page being viewed, with
// whether the member manages it.
import type { AccountRef } from '@/lib/sites/types';
import { accountOfHref, authorOf } from './identity';
import { generationOf, inOwnScope, outermostPost, shownText } from './scope';
import { ACCOUNT_KINDS, LI } from './selectors';
import { linkedinSite } from './site';

/** The member: the home feed's profile card (`/in/<slug>/`). Other pages don't name them without a click. */
export function viewerOf(doc: Document): AccountRef | null {
  const handle = accountOfHref(doc.querySelector(LI.viewerLink.css)?.getAttribute('href') ?? null);
  if (!handle?.startsWith('in/')) return null;
  const name = shownText(doc.querySelector(LI.viewerName.css)).slice(0, 100);
  return name ? { handle, name } : { handle };
}

const idOfHandle = (handle: string | null | undefined) => linkedinSite.accounts.parse(handle ?? '')?.id;

/** Impressions are shown to a post's author (or its Page's admins) only: on a post by `id`, they say so. */
function showsOwnAnalytics(doc: Document, id: string): boolean {
  for (const el of doc.querySelectorAll(LI.legacy.impressions.css)) {
    const post = outermostPost(el);
    if (post && inOwnScope(el, post) && idOfHandle(authorOf(post, generationOf(post))) === id) return true;
  }
  return false;
}

/** `/in/<slug>/…`, `/company/<slug>/…`: the account; managed on its admin view or the member's own pages. */
export function pageAccountOf(doc: Document, url: URL): AccountRef | null {
  const [kind = '', slug = '', ...rest] = url.pathname.split('/').filter(Boolean);
  if (!ACCOUNT_KINDS.has(kind.toLowerCase())) return null;
  const name = linkedinSite.accounts.parse(`${kind}/${slug}`);
  if (!name) return null;
  // Only a Page's admins can open its /admin/ view; only the author sees impressions on their posts.
  const managed =
    rest[0]?.toLowerCase() === 'admin' ||
    idOfHandle(viewerOf(doc)?.handle) === name.id ||
    showsOwnAnalytics(doc, name.id);
  return managed ? { handle: name.handle, managed: true } : { handle: name.handle };
}
