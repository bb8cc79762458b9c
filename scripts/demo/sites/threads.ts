// Threads' demo page: the brand's own profile at www.threads.com, logged in as the brand, drawn in the structure of
// Threads' markup (tests/fixtures/threads/profile.html, after the real profile capture): each post a
// div[data-pressable-container="true"] with its avatar and name links, the permalink a[href="/@<user>/post/<code>"]
// holding its time, the text, media, and the action bar (icons labelled Like, Comment, Repost, Share, each number
// beside its icon, none at zero); the page's data (script[type="application/json"][data-sjs]) gives each post's exact
// counts, as Threads' first load does; the navigation's Profile link names the viewer. Classes here are our own,
// for the page's look; the adapter reads none.
import type { PostFormat } from '@/lib/core/formats';
import { shortcodeAt } from '@/lib/sites/shared/time/shortcode';
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

export interface ThreadsPostSpec {
  code: string;
  author: string;
  publishedAt: number;
  format: PostFormat;
  text: string;
  likes: number;
  replies: number;
  reposts: number;
  quotes: number;
  sends: number;
  /** Drawn as reposted by this account ("<account> reposted" above the post). */
  repostedBy?: string;
  /** Left out of the page's data (a post loaded after the first page). */
  noData?: boolean;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Counts as Threads writes them: exact below 1,000, then one decimal, truncated ("2.7K", "1K", "1.2M"). */
export function threadsCount(n: number): string {
  if (n === 0) return '';
  if (n < 1000) return String(n);
  const [unit, size] = n < 1_000_000 ? ['K', 1000] : ['M', 1_000_000];
  return `${Math.floor(n / (size / 10)) / 10}${unit}`;
}

function shortTime(t: number, now: number): string {
  const m = (now - t) / 60e3;
  if (m < 60) return `${Math.max(1, Math.floor(m))}m`;
  if (m < 24 * 60) return `${Math.floor(m / 60)}h`;
  if (m < 7 * 24 * 60) return `${Math.floor(m / 1440)}d`;
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}`;
}

const icon = (label: string, d: string) =>
  `<svg aria-label="${label}" role="img" viewBox="0 0 18 18" class="ic"><title>${label}</title><path d="${d}"></path></svg>`;
/** The bar's four buttons; the Repost button shows reposts and quotes together. */
const ACTIONS: [string, string, (p: ThreadsPostSpec) => number][] = [
  ['Like', 'M9 15.5S2 11 2 6.5A3.5 3.5 0 0 1 9 5a3.5 3.5 0 0 1 7 1.5C16 11 9 15.5 9 15.5z', (p) => p.likes],
  ['Comment', 'M15.5 9A6.5 6.5 0 1 1 13 3.9L16 3l-.7 3.4A6.4 6.4 0 0 1 15.5 9z', (p) => p.replies],
  ['Repost', 'M3 7V5h10l-2-2M15 11v2H5l2 2', (p) => p.reposts + p.quotes],
  ['Share', 'M16 2 8 10M16 2l-5 14-3-6-6-3z', (p) => p.sends],
];

function action(label: string, d: string, n: number): string {
  const shown = threadsCount(n);
  const count = shown ? `<span class="n" dir="auto"><div><span>${shown}</span></div></span>` : '';
  return `<div class="act"><div class="btn" role="button" tabindex="0"><div><div class="row">${icon(label, d)}${count}</div></div></div></div>`;
}

function media(p: ThreadsPostSpec): string {
  const pic = (i: number) =>
    `<div class="m" role="button" tabindex="0"><img alt="" height="100%" width="100%" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" style="background:${i ? '#6f4e37' : '#c9b8a6'}"></div>`;
  if (p.format === 'video')
    return `<div class="media"><div class="m"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><video playsinline="" preload="none"></video></div></div>`;
  if (p.format === 'carousel') return `<div class="media">${pic(0)}${pic(1)}</div>`;
  if (p.format === 'image') return `<div class="media">${pic(0)}</div>`;
  return '';
}

function renderPost(p: ThreadsPostSpec, now: number): string {
  const user = esc(p.author);
  const iso = new Date(p.publishedAt).toISOString();
  const reposted = p.repostedBy
    ? `<div class="ctx">${icon('Reposted', 'M3 7V5h10l-2-2M15 11v2H5l2 2')}<span dir="auto"><a href="/@${esc(p.repostedBy)}" role="link" tabindex="0">${esc(p.repostedBy)}</a> reposted</span></div>`
    : '';
  const bar = ACTIONS.map(([label, d, count]) => action(label, d, count(p))).join('');
  return `<div class="item"><div class="post" data-pressable-container="true" data-interactive-id="">${reposted}
<div class="head"><a href="/@${user}" role="link" tabindex="0"><img class="av" alt="${user}'s profile picture" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></a>
<div class="who"><a href="/@${user}" role="link" tabindex="0"><span dir="auto" translate="no"><span>${user}</span></span></a><span class="when" dir="auto"><a href="/@${user}/post/${esc(p.code)}" role="link" tabindex="0"><time datetime="${iso}" title="${esc(new Date(p.publishedAt).toUTCString())}">${shortTime(p.publishedAt, now)}</time></a></span></div>
<div class="menu" aria-expanded="false" aria-haspopup="menu" role="button" tabindex="0">${icon('More', 'M4 9h.1M9 9h.1M14 9h.1')}</div></div>
<div class="body"><div class="text"><span dir="auto"><span>${esc(p.text)}</span></span></div>${media(p)}
<div class="barwrap"><div class="bar">${bar}</div></div></div></div></div>`;
}

/** The page's data, as Threads' first load embeds it: each post's code, author and exact counts. */
function pageData(posts: ThreadsPostSpec[]): string {
  const edges = posts
    .filter((p) => !p.noData)
    .map((p) => ({
      node: {
        thread_items: [
          {
            post: {
              code: p.code,
              user: { username: p.author },
              like_count: p.likes,
              like_and_view_counts_disabled: false,
              taken_at: Math.floor(p.publishedAt / 1000),
              text_post_app_info: {
                direct_reply_count: p.replies,
                repost_count: p.reposts,
                quote_count: p.quotes,
                reshare_count: p.sends,
                reply_to_author: null,
                is_reply: false,
              },
            },
          },
        ],
      },
    }));
  const json = JSON.stringify({ data: { mediaData: { edges } } }).replace(/</g, '\\u003c');
  return `<script type="application/json" data-sjs="">${json}</script>`;
}

const STYLE = `body{margin:0;font:15px system-ui,sans-serif;background:#fafafa;color:#000;display:flex}
.nav{width:76px;display:flex;flex-direction:column;align-items:center;gap:18px;padding:20px 0}.nav a{color:inherit}
.ic{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:1.4}
#barcelona-page-layout{flex:1;display:flex;justify-content:center;padding:16px}.col{width:620px}
.title{text-align:center;font-weight:600;padding:12px}.region{background:#fff;border:1px solid #e5e5e5;border-radius:24px;padding:8px 0}
.prof{padding:16px 24px;border-bottom:1px solid #eee}.prof h1{margin:0;font-size:24px}.tabs{display:flex;gap:40px;padding:12px 24px;border-bottom:1px solid #eee}
.post{padding:12px 24px;border-bottom:1px solid #eee}.ctx{color:#777;font-size:13px;margin-left:48px;display:flex;gap:6px}
.ctx a{color:inherit}.head{display:flex;align-items:center;gap:12px}.av{width:36px;height:36px;border-radius:50%;background:#c9b8a6}
.who{flex:1;display:flex;gap:8px}.who a{color:inherit;font-weight:600;text-decoration:none}.when a{color:#999;font-weight:400}
.body{margin-left:48px}.text{margin:4px 0 8px}.media{display:flex;gap:6px}.m{width:240px;height:300px;border-radius:8px;overflow:hidden;background:#c9b8a6}
.m img,.m video{width:100%;height:100%}.bar{display:flex;gap:16px;margin-top:8px}.row{display:flex;gap:4px;align-items:center;color:#444}`;

const NAV_ICON = 'M3 9l6-6 6 6v6H3z';

interface ProfileSpec {
  handle: string;
  name: string;
  viewer: string;
  posts: ThreadsPostSpec[];
  now: number;
}

/** A profile at https://www.threads.com/@<handle>, logged in as `viewer`, its posts newest first. */
export function renderThreadsProfile(s: ProfileSpec): string {
  const handle = esc(s.handle);
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(s.name)} (@${handle}) • Threads, Say more</title><style>${STYLE}</style></head>
<body><div class="nav"><a href="/" role="link" tabindex="0">${icon('Home', NAV_ICON)}</a><a href="/search" role="link" tabindex="0">${icon('Search', 'M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12zM16 16l-4-4')}</a><a href="/@${esc(s.viewer)}" role="link" tabindex="0">${icon('Profile', 'M9 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 16c0-3 3-5 6-5s6 2 6 5')}</a></div>
<div id="barcelona-page-layout"><div class="col"><div class="title"><a aria-label="Column title" href="/@${handle}" role="link" tabindex="0"><h1 dir="auto" style="font-size:15px;margin:0"><span>${handle}</span></h1></a></div>
<div class="region" aria-label="Column body" role="region" tabindex="0">
<div class="prof"><h1 dir="auto" translate="no">${esc(s.name)}</h1><span dir="auto" translate="no"><span>${handle}</span></span></div>
<div class="tabs"><a aria-current="page" aria-label="Threads" href="/@${handle}" role="link" tabindex="0">Threads</a><a aria-label="Replies" href="/@${handle}/replies" role="link" tabindex="0">Replies</a><a aria-label="Media" href="/@${handle}/media" role="link" tabindex="0">Media</a><a aria-label="Reposts" href="/@${handle}/reposts" role="link" tabindex="0">Reposts</a></div>
${s.posts.map((p) => renderPost(p, s.now)).join('\n')}
</div></div></div>
${pageData(s.posts)}
</body></html>`;
}

const HANDLE = 'lumenroasters';
const NAME = 'Lumen Coffee Roasters';

/** Threads has text, pictures, carousels and videos; a link or poll post is drawn as text. */
const formatOf = (f: PostFormat): PostFormat =>
  f === 'image' || f === 'carousel' || f === 'video' ? f : 'text';

export const threadsDemo: SiteDemo = {
  site: 'threads',
  handle: HANDLE,
  url: `https://www.threads.com/@${HANDLE}`,
  postUrl: (id) => `https://www.threads.com/@${HANDLE}/post/${id}`,
  idFor: (publishedAt, seq) => shortcodeAt(publishedAt, seq),
  render(posts: DemoPost[], now: number): string {
    return renderThreadsProfile({
      handle: HANDLE,
      name: NAME,
      viewer: HANDLE,
      now,
      posts: posts.map((p) => ({
        code: p.id,
        author: HANDLE,
        publishedAt: p.publishedAt,
        format: formatOf(p.format),
        text: p.text,
        likes: p.counts.likes,
        replies: p.counts.comments,
        reposts: p.counts.shares ?? 0,
        quotes: 0,
        sends: 0,
      })),
    });
  },
};
