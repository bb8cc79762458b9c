// Instagram's demo page: the brand's home feed at www.instagram.com, logged in as the brand, drawn in the
// structure of Instagram's markup (tests/fixtures/instagram/home-feed.html, after the real captures): each post
// an <article> with its header (profile link, the time in a[href="/p/<code>/"]), its media, the action bar
// (icons labelled Like, Comment, Share, Save, each count beside its icon) and the caption; the side navigation's
// "Profile" link names the viewer. Classes here are our own, for the page's look; the adapter reads none.
import type { PostFormat } from '@/lib/core/formats';
import { shortcodeAt } from '@/lib/sites/shared/time/shortcode';
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

export interface FeedPostSpec {
  code: string;
  author: string;
  publishedAt: number;
  format: PostFormat;
  text: string;
  /** null: the count is hidden (likes) or none is shown. */
  likes: number | null;
  comments: number | null;
  /** An ad: "Sponsored" where the time would be. */
  sponsored?: boolean;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Counts as Instagram writes them beside its icons: 356, 2,417, then 138.7K and 1.2M (truncated). */
export function igCount(n: number): string {
  if (n < 10_000) return n.toLocaleString('en-US');
  if (n < 1_000_000) return `${Math.floor(n / 100) / 10}K`;
  return `${Math.floor(n / 100_000) / 10}M`;
}

function shortTime(t: number, now: number): string {
  const m = (now - t) / 60e3;
  if (m < 60) return `${Math.max(1, Math.floor(m))}m`;
  if (m < 24 * 60) return `${Math.floor(m / 60)}h`;
  if (m < 7 * 24 * 60) return `${Math.floor(m / 1440)}d`;
  return new Date(t).toLocaleString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

const icon = (label: string, d: string) =>
  `<svg aria-label="${label}" class="ic" fill="none" stroke="currentColor" stroke-width="2" height="24" role="img" viewBox="0 0 24 24" width="24"><title>${label}</title><path d="${d}"></path></svg>`;
const ICONS = {
  like: icon('Like', 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z'),
  comment: icon('Comment', 'M20 12a8 8 0 1 1-3-6.2L21 4l-1 4.5A8 8 0 0 1 20 12z'),
  share: icon('Share', 'M22 3 9 10M22 3l-7 18-4-9-9-4z'),
  save: icon('Save', 'M6 3h12v18l-6-5-6 5z'),
};

const count = (n: number | null) =>
  n === null ? '' : `<span class="n" role="button" tabindex="0">${igCount(n)}</span>`;
const button = (svg: string) => `<div class="b" role="button" tabindex="0">${svg}</div>`;

function media(p: FeedPostSpec): string {
  const img = (i: number) =>
    `<div class="m"><img alt="Photo by ${esc(p.author)}${i ? ` (${i + 1})` : ''}" crossorigin="anonymous" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></div>`;
  if (p.format === 'video' || p.format === 'reel')
    return `<div class="media"><video class="m" playsinline="" preload="none"></video></div>`;
  if (p.format === 'carousel')
    return `<div class="media" role="button" aria-hidden="true" tabindex="0"><ul class="slides"><li></li><li tabindex="-1">${img(0)}</li><li tabindex="-1">${img(1)}</li></ul><button aria-label="Next" tabindex="-1"></button></div>`;
  return `<div class="media" role="button" aria-hidden="true" tabindex="0">${img(0)}</div>`;
}

function renderFeedPost(p: FeedPostSpec, now: number): string {
  const user = esc(p.author);
  const path = `/${p.format === 'reel' ? 'reel' : 'p'}/${esc(p.code)}/`;
  const when = p.sponsored
    ? '<div class="sub"><span dir="auto"><span>Sponsored</span></span></div>'
    : `<span class="dot">•</span><a href="${path}" role="link" tabindex="0"><span dir="auto"><time datetime="${new Date(p.publishedAt).toISOString()}" title="${esc(new Date(p.publishedAt).toDateString())}">${shortTime(p.publishedAt, now)}</time></span></a>`;
  return `<article class="post">
<div class="head"><div><span><div aria-disabled="false" role="button" tabindex="0"><a href="/${user}/" role="link" tabindex="0"><img class="av" alt="${user}'s profile picture" draggable="false" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></a></div></span></div>
<div class="who"><a href="/${user}/" role="link" tabindex="0"><span dir="auto">${user}</span></a>${when}</div></div>
${media(p)}
<div class="foot"><section class="bar"><div class="row"><span>${button(ICONS.like)}</span>${count(p.likes)}<span>${button(ICONS.comment)}</span>${count(p.comments)}${button(ICONS.share)}</div><div class="save">${button(ICONS.save)}</div></section>
<div class="cap"><span dir="auto"><a href="/${user}/" role="link" tabindex="0">${user}</a> <span>${esc(p.text)}</span></span></div></div>
</article>`;
}

const STYLE = `body{margin:0;font:14px system-ui,sans-serif;background:#fff;color:#000}#mount_0_0_Dm{display:flex}.app{flex:1}
.side{width:220px;flex:none;border-right:1px solid #dbdbdb;padding:24px 12px;order:-1}.side a{display:block;padding:10px;color:inherit;text-decoration:none}
main{flex:1;display:flex;justify-content:center;padding:24px}.feed{width:470px}.post{border-bottom:1px solid #dbdbdb;padding-bottom:12px;margin-bottom:16px}
.head{display:flex;align-items:center;gap:10px;padding:8px 0}.who a{color:inherit;font-weight:600;text-decoration:none}.dot{margin:0 4px;color:#737373}.who time,.sub{color:#737373}
.av{width:32px;height:32px;border-radius:50%;background:#c9b8a6}.m{width:468px;height:468px;background:linear-gradient(135deg,#c9b8a6,#6f4e37);border-radius:4px}
.slides{list-style:none;margin:0;padding:0;display:flex;overflow:hidden}.bar{display:flex;justify-content:space-between;padding:8px 0}.row{display:flex;align-items:center;gap:6px}
.b{display:inline-flex;cursor:pointer}.n{font-weight:600;margin-right:10px}.cap a{color:inherit;font-weight:600;text-decoration:none}`;

interface FeedPageSpec {
  viewer: string;
  posts: FeedPostSpec[];
  now: number;
}

/** The home feed at https://www.instagram.com/, logged in as `viewer`. */
export function renderInstagramFeed(s: FeedPageSpec): string {
  const viewer = esc(s.viewer);
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Instagram</title><style>${STYLE}</style></head>
<body><div id="mount_0_0_Dm"><section class="app"><main role="main"><div class="feed">
${s.posts.map((p) => renderFeedPost(p, s.now)).join('\n')}
</div></main></section>
<div class="side"><a href="/" role="link" tabindex="0">${icon('Home', 'M3 11 12 3l9 8v10h-6v-6H9v6H3z')} Home</a><a href="/explore/" role="link" tabindex="0">Explore</a><a href="/${viewer}/" role="link" tabindex="0"><span role="link" tabindex="-1"><img class="av" alt="${viewer}'s profile picture" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></span> Profile</a></div>
</div></body></html>`;
}

const HANDLE = 'lumenroasters';

export const instagramDemo: SiteDemo = {
  site: 'instagram',
  handle: HANDLE,
  url: 'https://www.instagram.com/',
  postUrl: (id) => `https://www.instagram.com/p/${id}/`,
  idFor: (publishedAt, seq) => shortcodeAt(publishedAt, seq),
  render(posts: DemoPost[], now: number): string {
    return renderInstagramFeed({
      viewer: HANDLE,
      now,
      posts: posts.map((p) => ({
        code: p.id,
        author: HANDLE,
        publishedAt: p.publishedAt,
        // Instagram has no text-only posts: a text post is shown as a picture of its text.
        format: p.format === 'text' || p.format === 'link' || p.format === 'poll' ? 'image' : p.format,
        text: p.text,
        likes: p.counts.likes,
        comments: p.counts.comments,
      })),
    });
  },
};
