// TikTok's demo page: the brand's own profile, Videos tab, logged in as the brand, drawn in TikTok's markup
// (the structure of tests/fixtures/tiktok/profile.html: div[data-e2e="user-post-item"] tiles, each with one link to
// /@handle/video/<id> or /photo/<id> and strong[data-e2e="video-views"]; the viewer in
// script#__UNIVERSAL_DATA_FOR_REHYDRATION__). A profile tile shows its views only, so that is what the demo reads.
// Classes are our own, for the small stylesheet; the adapter never reads classes.
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = 'lumenroasters';
const NAME = 'Lumen Coffee Roasters';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** TikTok's counts: exact below 10,000, then one decimal, truncated ("12.3K", "10K", "2.2M"). */
export function tiktokCompact(n: number): string {
  if (n < 10_000) return String(n);
  const [unit, size] = n < 1_000_000 ? ['K', 1_000] : ['M', 1_000_000];
  return `${Math.floor(n / (size / 10)) / 10}${unit}`;
}

/** A TikTok video id for a time: its top 32 bits are the Unix seconds (lib/sites/shared/time/ids.ts). */
function idFor(publishedAt: number, seq: number): string {
  const low = BigInt(Math.imul(seq + 1, 0x9e3779b1) >>> 0);
  return ((BigInt(Math.floor(publishedAt / 1000)) << 32n) | low).toString();
}

/** TikTok has videos and photo posts (a swipeable set of pictures); anything else is drawn as a photo post. */
const kindOf = (p: DemoPost) => (p.format === 'video' ? 'video' : 'photo');

const PALETTE = ['#3b2a20', '#6b4a34', '#a0714f', '#2f3e46', '#7c5c3b', '#4a3428'];

function tile(p: DemoPost, i: number): string {
  const href = `https://www.tiktok.com/@${HANDLE}/${kindOf(p)}/${p.id}`;
  const views = p.counts.views ?? 0;
  return `<div class="cell"><div data-e2e="user-post-item" class="tile"><div class="ratio"><a href="${href}" class="thumb" style="background:${PALETTE[i % PALETTE.length]}"><img alt="${esc(p.text)}" src="data:,"><span class="caption">${esc(p.text)}</span>${kindOf(p) === 'photo' ? '<span class="kind">▣</span>' : ''}<div class="footer"><span class="play">▷</span><strong data-e2e="video-views" class="video-count">${tiktokCompact(views)}</strong></div></a></div></div></div>`;
}

const STYLE = `body{margin:0;font-family:system-ui,sans-serif;background:#fff;color:#161823}
.top{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 24px;font-weight:700}
.main{max-width:960px;margin:0 auto;padding:24px}.head{display:flex;gap:20px;align-items:center}
.avatar{width:96px;height:96px;border-radius:50%;background:#a0714f;color:#fff;display:grid;place-items:center;font-size:40px}
h1{margin:0;font-size:28px}h2{margin:4px 0 12px;font-size:16px;font-weight:500}
.edit{border:1px solid #ccc;border-radius:4px;padding:6px 16px;background:#fff}
.counts{display:flex;gap:16px;margin:16px 0}.tabs{display:flex;gap:32px;border-bottom:1px solid #eee;margin:16px 0}
.tabs p{margin:0;padding:10px 0}.tabs p[aria-selected=true]{border-bottom:2px solid #161823}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px}
.ratio{position:relative;padding-top:132%}.thumb{position:absolute;inset:0;border-radius:4px;color:#fff;text-decoration:none;overflow:hidden}
.thumb img{display:none}.caption{position:absolute;top:12px;left:12px;right:12px;font-size:14px}
.kind{position:absolute;top:8px;right:8px}.footer{position:absolute;bottom:8px;left:8px;display:flex;gap:4px}`;

function render(posts: DemoPost[], _now: number): string {
  const viewer = JSON.stringify({
    __DEFAULT_SCOPE__: {
      'webapp.app-context': { language: 'en', user: { uniqueId: HANDLE, nickName: NAME } },
    },
  }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(NAME)} (@${HANDLE}) | TikTok</title><style>${STYLE}</style>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${viewer}</script></head>
<body><div id="app"><div class="top"><a data-e2e="tiktok-logo" href="/">TikTok</a></div>
<div id="main-content-others_homepage" class="main"><div data-e2e="user-page">
<div class="head"><div class="avatar">L</div><div><h1 data-e2e="user-title">${HANDLE}</h1><h2 data-e2e="user-subtitle">${esc(NAME)}</h2>
<button type="button" data-e2e="edit-profile-button" class="edit">Edit profile</button></div></div>
<div class="counts"><span><strong data-e2e="following-count">311</strong> Following</span><span><strong data-e2e="followers-count">12.4K</strong> Followers</span><span><strong data-e2e="likes-count">48.2K</strong> Likes</span></div>
<h2 data-e2e="user-bio">Small-batch coffee roasters. Brewing since 2014. (Resonance demo account)</h2>
<div class="tabs"><p role="tab" aria-selected="true" data-e2e="videos-tab">Videos</p><p role="tab" aria-selected="false" data-e2e="repost-tab">Reposts</p><p role="tab" aria-selected="false" data-e2e="liked-tab">Liked</p></div>
<div data-e2e="user-post-item-list" class="grid">
${posts.map(tile).join('\n')}
</div></div></div></div></body></html>`;
}

export const tiktokDemo: SiteDemo = {
  site: 'tiktok',
  handle: HANDLE,
  url: `https://www.tiktok.com/@${HANDLE}`,
  // The history links every post as /video/; a photo post read on the page reports its /photo/ link (same id).
  postUrl: (id) => `https://www.tiktok.com/@${HANDLE}/video/${id}`,
  idFor,
  render,
};
