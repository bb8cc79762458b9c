// Mastodon (any instance). Site knowledge lives in selectors.ts; this file only applies it. Accounts are
// named `user@instance`: a local account's links say `/@user`, so the page's host is appended.
import type { PostFormat } from '@/lib/core/formats';
import { firstOf } from '@/lib/sites/selector';
import { onlyPostDown } from '@/lib/sites/shared/only-post';
import { postText } from '@/lib/sites/shared/text';
import { mastodonIdTime } from '@/lib/sites/shared/time/ids';
import type { AccountRef, ReadContext, ReadResult, SiteAdapter, UnreadablePost } from '@/lib/sites/types';
import { readDetailedCounts, readStatusCounts } from './counts';
import { outermostPost, ownAll, ownFirst, POST_CSS } from './scope';
import { ACCOUNT_SEGMENT, MASTODON as M, NO_POST_PATHS, NO_POST_SUBPAGES, STATUS_ID } from './selectors';
import { mastodonSite } from './site';

/** No `instanceof Element`: the adapter also runs on a Node DOM whose classes are not globals. */
function isElement(n: Node | ParentNode): n is Element {
  return (n as Node).nodeType === 1;
}

/** Path segments, decoded, without the `/web` prefix the web app used before 4.0. */
function segmentsOf(pathname: string): string[] {
  const segs = pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return segs[0] === 'web' ? segs.slice(1) : segs;
}

/** `user` or `user@domain` as a valid `user@instance` handle; a bare user is on `host`. */
function qualify(acct: string, host: string): string | null {
  const bare = acct.replace(/^@/, '');
  return mastodonSite.accounts.parse(bare.includes('@') ? bare : `${bare}@${host}`)?.handle ?? null;
}

/** The account a path's first segment names (`/@user`, `/@user@domain`), and what follows it. */
function accountOfPath(url: URL): { handle: string; rest: string[] } | null {
  const [first = '', ...rest] = segmentsOf(url.pathname);
  const m = ACCOUNT_SEGMENT.exec(first);
  if (!m?.[1]) return null;
  const handle = qualify(m[2] ? `${m[1]}@${m[2]}` : m[1], url.hostname);
  return handle ? { handle, rest } : null;
}

/** A status permalink `/@acct/<id>`, resolved against the page: its author, id and https URL. */
function parsePermalink(href: string, base: URL): { author: string; id: string; url: string } | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const account = accountOfPath(url);
  const id = account?.rest[0];
  if (!account || !id || !STATUS_ID.test(id)) return null;
  return { author: account.handle, id, url: `${url.origin}${url.pathname}` };
}

function formatOf(post: Element): PostFormat {
  if (ownFirst(post, M.video)) return 'video';
  const items = ownAll(post, M.galleryItem).length;
  if (items > 1) return 'carousel';
  if (items === 1) return 'image';
  if (ownFirst(post, M.poll)) return 'poll';
  if (ownFirst(post, M.card)) return 'link';
  return 'text';
}

const unreadable = (problem: Omit<UnreadablePost, 'platform'>): ReadResult => ({
  ok: false,
  problem: { platform: 'mastodon', ...problem },
});

type Identity =
  | { ok: false; id?: string; reason: string }
  | { ok: true; id: string; author: string; url: string; link: Element; detailed: boolean };

/** Which status a post element shows and whose it is (a boost's carries the original's), or why not. */
function identityOf(post: Element, ctx: ReadContext): Identity {
  const detailed = !post.matches(M.status.css);
  // data-id is the status's local id (a boost's .status carries the original's).
  const dataId = post.getAttribute('data-id') ?? '';
  const localId = STATUS_ID.test(dataId) ? dataId : undefined;
  const link = ownFirst(post, detailed ? M.detailedPermalink : M.permalink);
  if (!link) return { ok: false, id: localId, reason: 'no permalink: not a readable post' };
  const permalink = parsePermalink(link.getAttribute('href') ?? '', ctx.url);
  if (!permalink)
    return { ok: false, id: localId, reason: "the permalink isn't an https link to /@account/<status id>" };
  return { ok: true, detailed, link, ...permalink, id: localId ?? permalink.id };
}

function readPost(post: Element, ctx: ReadContext): ReadResult {
  const who = identityOf(post, ctx);
  if (!who.ok) return unreadable({ id: who.id, reason: who.reason });
  const { detailed, link, author, url, id } = who;
  const counts = detailed ? readDetailedCounts(post, ctx.locale) : readStatusCounts(post, ctx.locale);
  if (!counts.ok) return unreadable({ id, url, author, reason: counts.reason });
  // The detailed status shows a formatted date, no <time>: its id gives the time.
  const datetime = link.querySelector(M.time.css)?.getAttribute('datetime');
  const fromTime = datetime ? Date.parse(datetime) : Number.NaN;
  const publishedAt = Number.isFinite(fromTime) ? fromTime : mastodonIdTime(id, ctx.now);
  return {
    ok: true,
    post: {
      platform: 'mastodon',
      id,
      url,
      author,
      publishedAt,
      format: formatOf(post),
      // As shown: a content warning, then the body once shown, then the tags under it; never a quoted post's.
      ...postText([M.contentWarning, M.body, M.hashtagBar].map((s) => ownFirst(post, s))),
      metrics: counts.metrics,
    },
  };
}

function hostOf(doc: Document): string {
  try {
    return new URL(doc.URL).hostname;
  } catch {
    return doc.location?.hostname ?? '';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The logged-in account in the initial-state JSON: `accounts[meta.me]`. Parsed as data, never run. */
function initialStateViewer(doc: Document, host: string): AccountRef | null {
  const text = doc.querySelector(M.initialState.css)?.textContent;
  if (!text) return null;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(state) || !isRecord(state.meta) || !isRecord(state.accounts)) return null;
  const me = state.meta.me;
  if (typeof me !== 'string' || !/^[0-9A-Za-z]{1,40}$/.test(me) || !Object.hasOwn(state.accounts, me))
    return null;
  const account = state.accounts[me];
  if (!isRecord(account) || typeof account.acct !== 'string') return null;
  const handle = qualify(account.acct, host);
  if (!handle) return null;
  const name = typeof account.display_name === 'string' ? account.display_name.trim().slice(0, 100) : '';
  return name ? { handle, name } : { handle };
}

export const mastodonAdapter: SiteAdapter = {
  site: mastodonSite,
  // Counters change as text; these change when a node is reused for another status.
  observe: { attributes: ['href', 'datetime', 'data-id'] },
  recognizes: (doc) =>
    doc.querySelector(M.appRoot.css) !== null || doc.querySelector(M.initialState.css) !== null,
  pageKind(url) {
    const segs = segmentsOf(url.pathname);
    const first = segs[0]?.toLowerCase() ?? '';
    const accountSubpage =
      ACCOUNT_SEGMENT.test(segs[0] ?? '') && NO_POST_SUBPAGES.has(segs[segs.length - 1] ?? '');
    if (NO_POST_PATHS.has(first) || accountSubpage)
      return { posts: false, why: 'this Mastodon page shows no posts' };
    // `/@user/<id>` and `/@user@server/<id>`: one post's page.
    return {
      posts: true,
      single: segs.length === 2 && ACCOUNT_SEGMENT.test(segs[0] ?? '') && /^\d+$/.test(segs[1] ?? ''),
    };
  },
  feedRoot: (doc) => firstOf(doc, M.feed),
  findPosts(root) {
    if (isElement(root) && root.matches(POST_CSS)) {
      const top = outermostPost(root);
      return top ? [top] : [];
    }
    const only = isElement(root) ? onlyPostDown(root, POST_CSS) : undefined;
    if (only) return only.parentElement?.closest(POST_CSS) ? [] : [only];
    return Array.from(root.querySelectorAll(POST_CSS)).filter((el) => !el.parentElement?.closest(POST_CSS));
  },
  postOf(node) {
    return outermostPost(isElement(node) ? node : node.parentElement);
  },
  readPost,
  identify(post, ctx) {
    const who = identityOf(post, ctx);
    return who.ok ? { id: who.id, author: who.author } : null;
  },
  postSigns(doc) {
    let n = 0;
    for (const el of doc.querySelectorAll(`${M.permalink.css}, ${M.detailedPermalink.css}`))
      if (!el.closest(POST_CSS)) n++;
    return n;
  },
  viewer(doc) {
    const host = hostOf(doc);
    const fromState = initialStateViewer(doc, host);
    if (fromState) return fromState;
    const href = doc.querySelector(M.viewerLink.css)?.getAttribute('href') ?? '';
    const m = ACCOUNT_SEGMENT.exec(segmentsOf(href.split(/[?#]/)[0] ?? '')[0] ?? '');
    const handle = m?.[1] ? qualify(m[2] ? `${m[1]}@${m[2]}` : m[1], host) : null;
    return handle ? { handle } : null;
  },
  pageAccount(doc, url) {
    const account = accountOfPath(url);
    if (!account) return null;
    // The header's edit button shows on the viewer's own profile only, not on their status pages.
    const statusPage = STATUS_ID.test(account.rest[0] ?? '');
    const own = !statusPage && doc.querySelector(M.editProfile.css) !== null;
    return own ? { handle: account.handle, managed: true } : { handle: account.handle };
  },
  badgeAnchor(post) {
    const bar = ownFirst(post, [M.actionBar, M.detailedActionBar, M.detailedMeta]);
    if (bar?.parentElement) return { parent: bar.parentElement, before: bar.nextSibling };
    const header = ownFirst(post, [M.header, M.detailedHeader]);
    if (header?.parentElement) return { parent: header.parentElement, before: header.nextSibling };
    return { parent: post, before: null };
  },
};
