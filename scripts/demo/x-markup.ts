// Renders X pages with the structure of X's real markup (real captures in ../shared/fixtures/real/x:
// article[data-testid=tweet], User-Name, time in the status link, role=group action bar with its label,
// per-button labels, the analytics link, app-text-transition-container counts). Used by the demo
// (`npm start`) and by end-to-end tests that need pages whose times are relative to now.
// Classes here are our own, for the demo's stylesheet; the adapter never reads classes.

export interface XPostSpec {
  id: string;
  author: string;
  name: string;
  text: string;
  publishedAt: number;
  replies: number;
  reposts: number;
  likes: number;
  bookmarks: number;
  views?: number;
  photo?: boolean;
  /** "Pinned", or "<Name> reposted" for a repost shown on the reposter's timeline. */
  context?: string;
  promoted?: boolean;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** X's visible counts: truncated compact, one decimal below 10K and for millions (real captures). */
export function xCompact(n: number): string {
  if (n === 0) return '';
  if (n < 1000) return String(n);
  if (n < 10_000) return `${Math.floor(n / 100) / 10}K`.replace('.0K', 'K');
  if (n < 1_000_000) return `${Math.floor(n / 1000)}K`;
  return `${Math.floor(n / 100_000) / 10}M`.replace('.0M', 'M');
}

// Simple outline icons of our own (X's SVG paths are not copied).
const svg = (d: string) =>
  `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"><path d="${d}"/></svg>`;
const ICONS = {
  reply: svg('M4 5h16v11H9l-5 4z'),
  repost: svg('M7 7h11v5M17 17H6v-5M15 4l3 3-3 3M9 20l-3-3 3-3'),
  like: svg('M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z'),
  views: svg('M5 20V11M10 20V5M15 20v-7M20 20V9'),
  bookmark: svg('M6 4h12v16l-6-4-6 4z'),
};

const month = (t: number) =>
  new Date(t).toLocaleString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

function shortTime(t: number, now: number): string {
  const h = (now - t) / 3600e3;
  if (h < 1) return `${Math.max(1, Math.round(h * 60))}m`;
  if (h < 24) return `${Math.floor(h)}h`;
  return month(t);
}

function button(testid: string, label: string, count: number, icon: string): string {
  return `<div class="act"><button aria-label="${esc(label)}" role="button" class="css-175oi2r r-1777fci" data-testid="${testid}" type="button"><div dir="ltr" class="icon">${icon}</div><div class="count"><span data-testid="app-text-transition-container"><span><span>${xCompact(count)}</span></span></span></div></button></div>`;
}

function groupLabel(p: XPostSpec): string {
  const parts: string[] = [];
  if (p.replies) parts.push(`${p.replies} ${p.replies === 1 ? 'reply' : 'replies'}`);
  if (p.reposts) parts.push(`${p.reposts} ${p.reposts === 1 ? 'repost' : 'reposts'}`);
  if (p.likes) parts.push(`${p.likes} ${p.likes === 1 ? 'like' : 'likes'}`);
  if (p.bookmarks) parts.push(`${p.bookmarks} ${p.bookmarks === 1 ? 'bookmark' : 'bookmarks'}`);
  if (p.views) parts.push(`${p.views} views`);
  return parts.join(', ');
}

export function renderXPost(p: XPostSpec, now: number): string {
  const status = `/${p.author}/status/${p.id}`;
  const iso = new Date(p.publishedAt).toISOString();
  const views = p.views
    ? `<div class="act"><a href="${status}/analytics" aria-label="${p.views} views. View post analytics" role="link" class="css-175oi2r r-1loqt21"><div dir="ltr" class="icon">${ICONS.views}</div><div class="count"><span data-testid="app-text-transition-container"><span><span>${xCompact(p.views)}</span></span></span></div></a></div>`
    : '';
  const context = p.context
    ? `<div class="context"><div data-testid="socialContext" dir="ltr">${esc(p.context)}</div></div>`
    : '';
  const photo = p.photo
    ? `<div class="media"><a href="${status}/photo/1" role="link"><div aria-label="Image" data-testid="tweetPhoto" class="photo"></div></a></div>`
    : '';
  const article = `<article aria-labelledby="id__${p.id}" role="article" tabindex="0" class="css-175oi2r r-18u37iz tweet" data-testid="tweet">${context}<div class="row">
<div class="avatar" data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-${esc(p.author)}"><a href="/${esc(p.author)}" aria-hidden="true" role="link" tabindex="-1"><div class="avatar-img">${esc(p.name.slice(0, 1))}</div></a></div></div>
<div class="body">
<div data-testid="User-Name" class="user"><div><a href="/${esc(p.author)}" role="link" class="name"><span>${esc(p.name)}</span></a></div><div class="meta"><a href="/${esc(p.author)}" role="link" tabindex="-1"><span>@${esc(p.author)}</span></a><span aria-hidden="true">·</span><a href="${status}" dir="ltr" aria-label="${esc(month(p.publishedAt))}" role="link"><time datetime="${iso}">${esc(shortTime(p.publishedAt, now))}</time></a></div></div>
<div dir="auto" lang="en" data-testid="tweetText" class="text"><span>${esc(p.text)}</span></div>${photo}
<div aria-label="${esc(groupLabel(p))}" role="group" class="actions">
${button('reply', p.replies ? `${p.replies} Replies. Reply` : 'Reply', p.replies, ICONS.reply)}
${button('retweet', p.reposts ? `${p.reposts} reposts. Repost` : 'Repost', p.reposts, ICONS.repost)}
${button('like', p.likes ? `${p.likes} Likes. Like` : 'Like', p.likes, ICONS.like)}
${views}
<div class="act"><button aria-label="Bookmark" role="button" data-testid="bookmark" type="button"><div dir="ltr" class="icon">${ICONS.bookmark}</div></button></div>
</div></div></div></article>`;
  const inner = p.promoted
    ? `<div data-testid="placementTracking">${article}<div class="ad">Ad</div></div>`
    : article;
  return `<div data-testid="cellInnerDiv" class="cell"><div class="css-175oi2r r-1igl3o0">${inner}</div></div>`;
}

export interface XProfileSpec {
  handle: string;
  name: string;
  bio: string;
  followers: number;
  following: number;
  /** Logged in as this account: the nav shows the profile link and account switcher. */
  viewer: string | null;
  posts: XPostSpec[];
  now: number;
  stylesheet?: string;
}

export function renderXProfile(s: XProfileSpec): string {
  const nav = s.viewer
    ? `<nav aria-label="Primary" role="navigation"><a href="/home" data-testid="AppTabBar_Home_Link" role="link">Home</a><a href="/${esc(s.viewer)}" aria-label="Profile" role="link" data-testid="AppTabBar_Profile_Link">Profile</a></nav><button data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" role="button" type="button"><span>${esc(s.name)}</span> <span>@${esc(s.viewer)}</span></button>`
    : '';
  const own = s.viewer?.toLowerCase() === s.handle.toLowerCase();
  return `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${esc(s.name)} (@${esc(s.handle)}) / X</title>${s.stylesheet ? `<style>${s.stylesheet}</style>` : ''}</head>
<body><div id="react-root"><div class="app">
<header role="banner" class="banner"><div class="logo">𝕏</div>${nav}</header>
<main role="main" class="main"><div data-testid="primaryColumn" class="column">
<div class="profile"><div class="cover"></div><div class="profile-head"><div class="big-avatar">${esc(s.name.slice(0, 1))}</div>${own ? '<a href="/settings/profile" role="link" data-testid="editProfileButton" class="edit">Edit profile</a>' : ''}</div>
<div data-testid="UserName" class="profile-name"><span class="name">${esc(s.name)}</span><span class="handle">@${esc(s.handle)}</span></div>
<div data-testid="UserDescription" class="bio">${esc(s.bio)}</div>
<div class="follows"><a href="/${esc(s.handle)}/following" role="link"><b>${xCompact(s.following) || 0}</b> Following</a> <a href="/${esc(s.handle)}/verified_followers" role="link"><b>${xCompact(s.followers)}</b> Followers</a></div></div>
<section aria-labelledby="accessible-list-1" role="region"><h1 id="accessible-list-1" class="sr">${esc(s.name)}’s posts</h1>
<div aria-label="Timeline: ${esc(s.name)}’s posts"><div class="timeline">
${s.posts.map((p) => renderXPost(p, s.now)).join('\n')}
</div></div></section></div></main>
<div data-testid="sidebarColumn" class="sidebar"><div class="card"><b>Resonance demo</b><p>An offline copy of an X profile. The badges under each of the brand’s posts come from the Resonance extension.</p></div></div>
</div></div></body></html>`;
}

/** An X snowflake id for a time: ms = (id >> 22) + 1288834974657 (X's documented snowflake layout). */
export function xIdAt(ms: number, seq = 0): string {
  return (((BigInt(Math.round(ms)) - 1288834974657n) << 22n) | BigInt(seq & 0x3fffff)).toString();
}
