// Reddit's demo page: the brand's own profile, Posts tab, at www.reddit.com, logged in as the brand, drawn in new
// Reddit's markup (the structure of tests/fixtures/reddit/profile.html, after the real post-page capture):
// article > shreddit-post with its attributes (id, permalink, author, score, comment-count, created-timestamp,
// post-type), its open shadow root as a declarative template (the vote area and the comments button with
// faceplate-number, and slots for the light DOM's credit bar and title), and after-login-toast-dispatcher naming
// the viewer. Classes are our own, for the page's look; the adapter reads attributes only.
import type { PostFormat } from '@/lib/core/formats';
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = 'LumenRoasters';
const NAME = 'Lumen Coffee Roasters';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Reddit's compact numbers beside the vote arrows: 860, 1.3K, 12K, 1.2M. */
export function redditCompact(n: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A `t3_` id for a time: Reddit's ids are base36 sequence numbers that grow with time (they hold no time). */
function idFor(publishedAt: number, seq: number): string {
  return `t3_${(Math.floor(publishedAt / 1000) * 16 + (seq % 16)).toString(36)}`;
}

const permalink = (id: string) => `/user/${HANDLE}/comments/${id.replace(/^t3_/, '')}/`;

/** Reddit's post types (`post-type`) and where such content lives (`domain`). */
const TYPES: Record<PostFormat, [string, string]> = {
  text: ['text', `self.u_${HANDLE}`],
  image: ['image', 'i.redd.it'],
  video: ['video', 'v.redd.it'],
  reel: ['video', 'v.redd.it'],
  carousel: ['gallery', 'reddit.com'],
  link: ['link', 'lumenroasters.example'],
  poll: ['poll', `self.u_${HANDLE}`],
};

/** `2026-11-20T08:14:22.418000+0000`, as Reddit writes created-timestamp. */
const redditTime = (t: number) => new Date(t).toISOString().replace(/\.(\d{3})Z$/, '.$1000+0000');

function ago(t: number, now: number): string {
  const m = Math.max(1, Math.floor((now - t) / 60e3));
  if (m < 60) return `${m}m ago`;
  if (m < 24 * 60) return `${Math.floor(m / 60)}h ago`;
  return `${Math.floor(m / 1440)}d ago`;
}

const SHADOW_STYLE = `<style>:host{display:block;background:#fff;border-radius:16px;padding:12px 16px;margin:8px 0}
.row{display:flex;gap:8px;margin-top:12px}.pill{display:inline-flex;gap:6px;align-items:center;background:#e5ebee;border-radius:999px;padding:4px 12px;font:600 12px system-ui}
button{border:0;background:none;font:inherit;cursor:pointer;padding:0}</style>`;

function post(p: DemoPost, now: number): string {
  const [type, domain] = TYPES[p.format];
  const { likes, comments } = p.counts;
  const title = esc(p.text);
  const link = permalink(p.id);
  const shadow = `<template shadowrootmode="open">${SHADOW_STYLE}<slot name="credit-bar"></slot><slot name="title"></slot><slot></slot><div class="row" data-testid="action-row"><span class="pill" data-post-click-location="vote"><button aria-pressed="true" upvote="">⇧</button><span><faceplate-number pretty="" number="${likes}">${redditCompact(likes)}</faceplate-number></span><button aria-pressed="false" downvote="">⇩</button></span><button class="pill" data-post-click-location="comments-button" name="comments-action-button" type="button"><faceplate-number pretty="" number="${comments}">${redditCompact(comments)}</faceplate-number>&nbsp;comments</button></div></template>`;
  return `<article aria-label="${title}" data-post-id="${p.id}"><shreddit-post permalink="${link}" view-context="ProfileFeed" view-type="cardView" comment-count="${comments}" created-timestamp="${redditTime(p.publishedAt)}" domain="${domain}" id="${p.id}" post-title="${title}" post-type="${type}" score="${likes}" subreddit-prefixed-name="u/${HANDLE}" author="${HANDLE}" subreddit-name="u_${HANDLE}">${shadow}
<a slot="full-post-link" href="${link}"><faceplate-screen-reader-content>${title}</faceplate-screen-reader-content></a>
<span slot="credit-bar" class="credit" id="feed-post-credit-bar-${p.id}"><a href="/user/${HANDLE}/">u/${HANDLE}</a> • <faceplate-timeago ts="${redditTime(p.publishedAt)}"><time datetime="${new Date(p.publishedAt).toISOString()}">${ago(p.publishedAt, now)}</time></faceplate-timeago> </span>
<a slot="title" class="title" id="post-title-${p.id}" href="${link}">${title}</a>
</shreddit-post></article>`;
}

const STYLE = `body{margin:0;font:14px system-ui,sans-serif;background:#dae0e6;color:#1c1c1c}
header{background:#fff;height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 20px;border-bottom:1px solid #ddd}
.logo{color:#ff4500;font-weight:800;font-size:22px;text-decoration:none}main{max-width:760px;margin:16px auto;padding:0 12px}
.head{background:#fff;border-radius:16px;padding:16px;margin-bottom:8px}h1{margin:0;font-size:24px}.tabs{display:flex;gap:16px;margin-top:12px}
.tabs a{color:inherit;text-decoration:none;font-weight:600}.tabs a[aria-current]{border-bottom:2px solid #0079d3}
.credit{font-size:12px;color:#576f76}.credit a{color:inherit;font-weight:600;text-decoration:none}
.title{display:block;margin-top:6px;font-size:18px;font-weight:600;color:#1c1c1c;text-decoration:none}`;

function render(posts: DemoPost[], now: number): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(NAME)} (u/${HANDLE}) - Reddit</title><style>${STYLE}</style></head>
<body><shreddit-app user-logged-in="true" routename="profile_posts" pagetype="profile_posts">
<header><a class="logo" href="/">reddit</a><button id="expand-user-drawer-button" type="button" aria-haspopup="menu">u/${HANDLE}</button></header>
<main id="main-content"><div class="head"><h1>${esc(NAME)}</h1><div>u/${HANDLE} (Resonance demo account)</div>
<nav class="tabs"><a href="/user/${HANDLE}/">Overview</a><a href="/user/${HANDLE}/submitted/" aria-current="page">Posts</a><a href="/user/${HANDLE}/comments/">Comments</a></nav></div>
<shreddit-feed>
${posts.map((p) => post(p, now)).join('\n<hr hidden>\n')}
</shreddit-feed></main>
<after-login-toast-dispatcher username="${HANDLE}"></after-login-toast-dispatcher>
</shreddit-app></body></html>`;
}

export const redditDemo: SiteDemo = {
  site: 'reddit',
  handle: HANDLE,
  url: `https://www.reddit.com/user/${HANDLE}/submitted/`,
  postUrl: (id) => `https://www.reddit.com${permalink(id)}`,
  idFor,
  render,
};
