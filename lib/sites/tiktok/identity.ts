// Which video a TikTok post element shows, and whose it is. An id is taken only where the markup names it
// for this element (its player's wrapper, its own link, the page address of the video page); where there
// is none, or two that disagree, the post is unreadable rather than guessed.

import { ownAll, ownFirst } from './scope';
import { PLAYER_ID, POST_PATH, TIKTOK as T } from './selectors';
import { tiktokSite } from './site';

export type PostKind = 'video' | 'photo';
export type Identity =
  | { ok: true; id: string; author: string; kind: PostKind }
  | { ok: false; reason: string; id?: string; author?: string };

const handle = (s: string): string | null => tiktokSite.accounts.parse(s)?.handle ?? null;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function pathOf(href: string): string {
  try {
    return new URL(href, 'https://www.tiktok.com').pathname;
  } catch {
    return '';
  }
}

/** `/@handle/video/<id>` (or `/photo/`) as author, kind and id. */
export function postPath(href: string): { author: string; kind: PostKind; id: string } | null {
  const m = POST_PATH.exec(pathOf(href));
  return m?.[1] && m[3] ? { author: m[1], kind: m[2] as PostKind, id: m[3] } : null;
}

/** The handle a link to a profile names (`/@handle`, `https://www.tiktok.com/@handle`). */
export function profileHandle(href: string): string | null {
  const first = pathOf(href).split('/')[1] ?? '';
  return first.startsWith('@') ? handle(first) : null;
}

function playerIds(post: Element): string[] {
  const ids: string[] = [];
  for (const el of ownAll(post, T.player)) {
    const id = PLAYER_ID.exec(el.id)?.[1];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

type Found = { id: string; kind: PostKind };

function decide(found: Found[], author: string): Identity {
  const ids = [...new Set(found.map((f) => f.id))];
  if (ids.length > 1) return { ok: false, author, reason: 'more than one video id in the post' };
  const first = found[0];
  if (!first) return { ok: false, author, reason: 'no video id in the page' };
  const kind = found.some((f) => f.kind === 'photo') ? 'photo' : 'video';
  return { ok: true, id: first.id, author, kind };
}

/** A For You or Following item: author from its avatar link (else its handle's text). */
export function itemIdentity(item: Element): Identity {
  const link = ownFirst(item, T.itemAuthorLink)?.getAttribute('href');
  const text = ownFirst(item, T.itemAuthorText)?.textContent?.trim() ?? '';
  const author = (link ? profileHandle(link) : null) ?? handle(text);
  if (!author) return { ok: false, reason: 'no author handle in the item' };
  const found: Found[] = playerIds(item).map((id) => ({ id, kind: 'video' }));
  // Only links to the author's own posts: a stitch or duet may link another account's video.
  for (const a of ownAll(item, T.postLink)) {
    const p = postPath(a.getAttribute('href') ?? '');
    if (p && same(p.author, author)) found.push({ id: p.id, kind: p.kind });
  }
  return decide(found, author);
}

/** A Videos-tab tile: its one link names author, kind and id. */
export function tileIdentity(tile: Element): Identity {
  const paths = ownAll(tile, T.postLink).flatMap((a) => postPath(a.getAttribute('href') ?? '') ?? []);
  const first = paths[0];
  if (!first) return { ok: false, reason: 'no link to the video in the tile' };
  return decide(paths, first.author);
}

/**
 * The video page or the modal: id from the player, else from the page address; author from the link
 * around the handle. The address changes before the modal's content does: when the two disagree, the
 * post is not read.
 */
export function detailIdentity(detail: Element, url: URL): Identity {
  const authorEl = ownFirst(detail, T.detailAuthor);
  const link = authorEl?.closest('a[href]')?.getAttribute('href');
  const author = (link ? profileHandle(link) : null) ?? handle(authorEl?.textContent?.trim() ?? '');
  if (!author) return { ok: false, reason: 'no author handle on the video' };
  const fromUrl = postPath(url.pathname);
  const players = playerIds(detail);
  if (fromUrl && players.some((id) => id !== fromUrl.id))
    return { ok: false, author, reason: 'the video shown and the page address name different videos' };
  if (fromUrl && !same(fromUrl.author, author))
    return { ok: false, author, id: fromUrl.id, reason: 'the author shown and the page address differ' };
  const found: Found[] = players.map((id) => ({ id, kind: fromUrl?.kind ?? 'video' }));
  if (fromUrl) found.push({ id: fromUrl.id, kind: fromUrl.kind });
  return decide(found, author);
}
