// Bluesky's demo page: the brand's own profile at bsky.app, logged in as the brand, drawn in the structure of
// Bluesky's markup (tests/fixtures/bluesky/profile.html, after the real capture): main[role=main] > postsFeed >
// div[role=link][data-testid="feedItem-by-<handle>"], each with its post link /profile/<handle>/post/<rkey> (the time,
// with its date as tooltip), its media, and the buttons replyBtn ("Reply (N replies)"), repostBtn (repostCount: reposts
// and quotes, abbreviated) and likeBtn ("Like (N likes)"). The left nav's Profile item names the viewer. Post ids are
// TIDs: their time is the post's. Classes are our own, for the page's look; the adapter reads none.
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = 'lumenroasters.bsky.social';
const NAME = 'Lumen Coffee Roasters';
const PROFILE = `/profile/${HANDLE}`;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Bluesky's counts: Intl compact with one decimal, truncated ("622", "1.2K", "12.3K", "2.2M"). */
export function blueskyCompact(n: number): string {
  if (n < 1000) return String(n);
  const [unit, size] = n < 1e6 ? ['K', 1e3] : n < 1e9 ? ['M', 1e6] : ['B', 1e9];
  return `${Math.floor(n / (size / 10)) / 10}${unit}`;
}

// AT Protocol TID (atproto.com/specs/tid): 64 bits, top bit 0, then microseconds since 1970, then a 10-bit
// clock id, written in base32-sortable.
const B32 = '234567abcdefghijklmnopqrstuvwxyz';
function idFor(publishedAt: number, seq: number): string {
  let v = ((BigInt(Math.floor(publishedAt)) * 1000n + BigInt(seq % 1000)) << 10n) | BigInt(seq & 1023);
  let out = '';
  for (let i = 0; i < 13; i++, v >>= 5n) out = B32[Number(v & 31n)] + out;
  return out;
}

function ago(t: number, now: number): string {
  const m = Math.max(1, Math.floor((now - t) / 60e3));
  if (m < 60) return `${m}m`;
  if (m < 1440) return `${Math.floor(m / 60)}h`;
  if (m < 30 * 1440) return `${Math.floor(m / 1440)}d`;
  return `${Math.floor(m / (30 * 1440))}mo`;
}

/** "November 20, 2026 at 9:14 AM", as niceDate writes it (here in UTC). */
const niceDate = (t: number) =>
  new Date(t).toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const image = (alt: string, i: number) =>
  `<button aria-label="${esc(alt)}" role="button" type="button" class="media"><div data-expoimage="true" class="shade s${i % 4}"></div></button>`;

function media(p: DemoPost): string {
  if (p.format === 'video' || p.format === 'reel')
    return '<div class="media wide"><video preload="none" playsinline="" class="shade s1"></video></div>';
  if (p.format === 'image') return `<div class="grid">${image(p.text, 0)}</div>`;
  if (p.format === 'carousel')
    return `<div class="grid">${[0, 1, 2].map((i) => image(p.text, i)).join('')}</div>`;
  if (p.format === 'link')
    return `<a href="https://lumenroasters.example/" role="link" class="card"><div data-expoimage="true" class="shade s2 wide"></div><div>lumenroasters.example</div></a>`;
  return '';
}

function button(id: string, label: string, count: string, countId = ''): string {
  const shown = count ? `<div dir="auto"${countId ? ` data-testid="${countId}"` : ''}>${count}</div>` : '';
  return `<div class="cell"><button aria-label="${esc(label)}" aria-pressed="false" role="button" type="button" data-testid="${id}"><span class="ic">${id === 'likeBtn' ? '♡' : id === 'replyBtn' ? '↩' : '⟲'}</span>${shown}</button></div>`;
}

function feedItem(p: DemoPost, now: number): string {
  const { likes, comments } = p.counts;
  const shares = p.counts.shares ?? 0;
  const when = niceDate(p.publishedAt);
  return `<div class="item"><div role="link" tabindex="0" data-testid="feedItem-by-${HANDLE}">
<div class="row"><a href="${PROFILE}" aria-label="${esc(NAME)}'s avatar" role="link" class="avatar"><div data-expoimage="true" data-testid="userAvatarImage">L</div></a>
<div class="body"><div class="meta"><a href="${PROFILE}" aria-label="View profile" role="link" class="name">${esc(NAME)}</a><a href="${PROFILE}" aria-label="View profile" role="link" class="handle">&nbsp;@${HANDLE}</a><a href="${PROFILE}/post/${p.id}" aria-label="${when}" role="link" data-tooltip="${when}" class="time"><span>· </span>${ago(p.publishedAt, now)}</a></div>
<div data-testid="contentHider-post"><div dir="auto" data-word-wrap="1" data-testid="postText">${esc(p.text)}</div>${media(p)}</div>
<div class="controls"><div class="left">${button('replyBtn', `Reply (${plural(comments, 'reply', 'replies')})`, comments ? blueskyCompact(comments) : '')}${button('repostBtn', 'Repost or quote post', shares ? blueskyCompact(shares) : '', 'repostCount')}${button('likeBtn', `Like (${plural(likes, 'like', 'likes')})`, likes ? blueskyCompact(likes) : '', 'likeCount')}</div>
<button aria-label="Add to saved posts" role="button" type="button" data-testid="postBookmarkBtn">⚑</button></div></div></div></div></div>`;
}

const STYLE = `body{margin:0;font-family:system-ui,sans-serif;background:#fff;color:#0b0f14}#root{display:flex;justify-content:center}
main{width:600px;border-left:1px solid #e4e8ec;border-right:1px solid #e4e8ec;min-height:100vh}nav{order:-1;width:220px;padding:16px;display:flex;flex-direction:column;gap:6px}
nav a{color:#0b0f14;text-decoration:none;padding:8px;border-radius:8px;font-size:18px}nav a:hover{background:#f1f3f5}
.banner{height:150px;background:linear-gradient(120deg,#6b4a34,#a0714f)}.head{padding:12px 16px}.head h1{margin:4px 0 0;font-size:26px}
.edit{float:right;border-radius:99px;border:0;background:#e4e8ec;padding:8px 14px;font-weight:600}.sub{color:#5b6b7b}
.tabs{display:flex;border-bottom:1px solid #e4e8ec}.tabs div{padding:12px 16px;font-weight:600}.item{border-top:1px solid #e4e8ec;padding:10px 16px}
.row{display:flex;gap:10px}.avatar{text-decoration:none}.avatar div{width:42px;height:42px;border-radius:50%;background:#a0714f;color:#fff;display:grid;place-items:center}
.body{flex:1}.meta a{color:#5b6b7b;text-decoration:none}.meta .name{color:#0b0f14;font-weight:600}[data-testid=postText]{margin:4px 0;white-space:pre-wrap}
.grid{display:flex;gap:4px;margin-top:8px}.media{flex:1;border:0;padding:0;background:none}.shade{height:160px;border-radius:8px}.wide{height:200px;width:100%}
.s0{background:#3b2a20}.s1{background:#6b4a34}.s2{background:#2f3e46}.s3{background:#7c5c3b}.card{display:block;border:1px solid #e4e8ec;border-radius:12px;margin-top:8px;color:#5b6b7b;text-decoration:none}
.controls{display:flex;justify-content:space-between;margin-top:6px}.left{display:flex;flex:1;max-width:320px}.cell{flex:1}
.controls button{border:0;background:none;color:#5b6b7b;display:flex;gap:4px;align-items:center;font-size:13px;padding:5px}`;

function render(posts: DemoPost[], now: number): string {
  return `<!DOCTYPE html>
<html lang="en" class="theme--light"><head><meta charset="utf-8"><title>${esc(NAME)} (@${HANDLE}) — Bluesky</title><style>${STYLE}</style></head>
<body><div id="root"><main role="main"><div data-testid="profileScreen"><div data-testid="profileView">
<div class="banner" data-testid="userBannerFallback"></div><div class="head"><button type="button" aria-label="Edit profile" class="edit" data-testid="profileHeaderEditProfileButton">Edit Profile</button>
<h1 dir="auto" data-testid="profileHeaderDisplayName">${esc(NAME)}</h1><div class="sub">@${HANDLE}</div>
<p>Small-batch coffee roasters. Brewing since 2014. (Resonance demo account)</p><div class="sub">2,481 followers · 311 following</div></div>
<div role="tablist" class="tabs" data-testid="profilePager"><div role="tab" data-testid="profilePager-Posts">Posts</div><div role="tab">Replies</div><div role="tab">Media</div></div>
<div data-testid="postsFeed"><div data-testid="postsFeed-flatlist">
${posts.map((p) => feedItem(p, now)).join('\n')}
</div></div></div></div></main>
<nav role="navigation"><a href="/" aria-label="Home" role="link">Home</a><a href="/search" aria-label="Search" role="link">Search</a><a href="/notifications" aria-label="Notifications" role="link">Notifications</a><a href="${PROFILE}" aria-label="Profile" role="link">Profile</a><a href="/settings" aria-label="Settings" role="link">Settings</a></nav>
</div></body></html>`;
}

export const blueskyDemo: SiteDemo = {
  site: 'bluesky',
  handle: HANDLE,
  url: `https://bsky.app${PROFILE}`,
  postUrl: (id) => `https://bsky.app${PROFILE}/post/${id}`,
  idFor,
  render,
};
