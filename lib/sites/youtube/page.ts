// Which part of a YouTube document is the page being shown, and whose channel it is. YouTube keeps every page
// visited in the tab (home, search, a watch page) in ytd-page-manager and hides the inactive ones: their stale
// cards are never read (the real 2022 watch capture holds a hidden home grid).
import type { AccountRef } from '@/lib/sites/types';
import { first, HANDLE_TEXT, M } from './markup';
import { channelOfHref, channelOfPath } from './paths';
import { squashed } from './text';

/** Whether `el` sits in a page YouTube keeps hidden (visited before, not shown now). */
export const inHiddenPage = (el: Element) =>
  el.closest(`${M.pageManager} > *`)?.hasAttribute('hidden') ?? false;

/** The page being shown: the visible child of ytd-page-manager, else the whole document (a saved fragment). */
export function activePage(doc: Document): ParentNode {
  const manager = doc.querySelector(M.pageManager);
  return (manager && Array.from(manager.children).find((c) => !c.hasAttribute('hidden'))) ?? manager ?? doc;
}

/** The first text in `root` that is an "@handle". */
function handleIn(root: ParentNode, css: readonly string[]): string | undefined {
  for (const c of css)
    for (const el of root.querySelectorAll(c)) {
      const t = squashed(el.textContent);
      if (HANDLE_TEXT.test(t)) return t;
    }
}

const nameOf = (el: Element | null) => squashed(el?.textContent).slice(0, 100) || undefined;

/** An account as a page shows it, with only the fields it has. */
function account(
  handle: string,
  name?: string,
  aliases: (string | undefined)[] = [],
  managed = false,
): AccountRef {
  // Handles compare case-insensitively; the same name in two cases is no alias.
  const seen = new Set([handle.toLowerCase()]);
  const other: string[] = [];
  for (const a of aliases)
    if (a && !seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      other.push(a);
    }
  return {
    handle,
    ...(name ? { name } : {}),
    ...(other.length ? { aliases: other } : {}),
    ...(managed ? { managed } : {}),
  };
}

export type PageChannel = { account: AccountRef } | { stale: true } | null;

/**
 * The channel a channel page shows: its address names it; the header's "@handle" and, for its owner, the
 * Studio links (which carry the channel id) name it too. When the header names another channel than the
 * address, the page still shows the previous channel (in-page navigation): stale.
 */
export function pageChannel(doc: Document, url: URL): PageChannel {
  const fromUrl = channelOfPath(url.pathname);
  if (!fromUrl) return null;
  const header = first(activePage(doc), M.channelHeader);
  const shown = header ? handleIn(header, M.headerHandle) : undefined;
  const studio = header?.querySelector(M.studioLink);
  const channelId = /^https:\/\/studio\.youtube\.com\/channel\/(UC[\w-]{22})(?:[/?#]|$)/.exec(
    studio?.getAttribute('href') ?? '',
  )?.[1];
  const { handle } = fromUrl;
  const byHandle = handle?.startsWith('@');
  const seen = byHandle ? shown?.toLowerCase() : channelId;
  if (handle && seen && seen !== (byHandle ? handle.toLowerCase() : handle)) return { stale: true };
  const name = handle ?? shown ?? channelId;
  if (!name) return null;
  return {
    account: account(name, nameOf(header && first(header, M.headerName)), [shown, channelId], !!studio),
  };
}

/** The signed-in person's current channel, from the account menu once it was opened; null otherwise. */
export function menuViewer(doc: Document): AccountRef | null {
  if (!doc.querySelector(M.accountHeader)) return null;
  const shown = handleIn(doc, [M.accountTexts]);
  const linked = Array.from(doc.querySelectorAll(M.accountLink))
    .map((a) => channelOfHref(a.getAttribute('href') ?? '')?.handle)
    .find((h) => h?.startsWith('UC'));
  const handle = shown ?? linked;
  return handle ? account(handle, nameOf(doc.querySelector(M.accountName)), [linked]) : null;
}
