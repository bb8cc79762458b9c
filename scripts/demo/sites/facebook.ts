// Facebook's demo page: the brand's Page timeline as the person managing it sees it, drawn in the comet markup
// the real post-page capture shows (role=article with aria-posinset / aria-labelledby / aria-describedby, the
// time link, the reactions toolbar with "All reactions:" and the total beside it, "N comments" / "N shares"
// buttons) and the page JSON that carries each story's creation_time beside its URL. The atomic classes
// Facebook uses are left out (the adapter never reads them); the small stylesheet is ours.
import type { PostFormat } from '@/lib/core/formats';
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = 'LumenRoasters';
const NAME = 'Lumen Roasters';
const PAGE = `https://www.facebook.com/${HANDLE}`;
const MANAGER = { id: '100008765432101', name: 'Maria Keller' };

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A `pfbid…` token (opaque on Facebook; here derived from the time and sequence, so the demo is stable). */
function idFor(publishedAt: number, seq: number): string {
  let x = BigInt(Math.round(publishedAt)) * 1_000_003n + BigInt(seq);
  let out = '';
  for (let i = 0; i < 63; i++) {
    x = (x * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
    out += B58[Number(x >> 58n) % 58];
  }
  return `pfbid02${out}`;
}

/** Facebook's compact counts: exact below 1 000, then "1.2K", "12K", "1.2M" (truncated). */
export function fbCompact(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${Math.floor(n / 100) / 10}K`;
  if (n < 1_000_000) return `${Math.floor(n / 1000)}K`;
  return `${Math.floor(n / 100_000) / 10}M`;
}

/**
 * The time link's text: "12m", "5h", "3d", then "30 Oct at 09:15" (local time). Ages are rounded to the
 * nearest unit, as the shared relative-time reader assumes (which way Facebook rounds is UNVERIFIED).
 */
function shortTime(t: number, now: number): string {
  const m = Math.max(1, Math.round((now - t) / 60e3));
  if (m < 60) return `${m}m`;
  if (m < 1410) return `${Math.round(m / 60)}h`;
  if (m < 7 * 1440) return `${Math.max(1, Math.round(m / 1440))}d`;
  // Facebook writes the viewer's local time; the demo is served and read on the same machine.
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  const month = d.toLocaleString('en-GB', { month: 'short' });
  return `${d.getDate()} ${month} at ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const photo = (n: number, alt: string) =>
  `<a role="link" aria-label="${alt}" href="https://www.facebook.com/photo/?fbid=${n}&amp;set=a.${n - 1}"><img alt="${alt}" src="data:," class="photo"></a>`;

function media(p: DemoPost, i: number): string {
  const base = 1040512233445566 + i * 10;
  const by: Partial<Record<PostFormat, string>> = {
    image: photo(base, 'May be an image of coffee'),
    carousel: [0, 1, 2].map((k) => photo(base + k, 'May be an image of coffee')).join(''),
    video: '<video class="video" preload="none" playsinline=""></video>',
  };
  const inner = by[p.format];
  return inner ? `<div class="media">${inner}</div>` : '';
}

const worded = (n: number | undefined, one: string, many: string) =>
  n
    ? `<div role="button" tabindex="0"><span dir="auto"><span>${fbCompact(n)} ${n === 1 ? one : many}</span></span></div>`
    : '';

function counts(p: DemoPost, n: number): string {
  const { likes, comments, shares, views } = p.counts;
  const total = likes
    ? `<div class="total"><span role="toolbar" aria-label="See who reacted to this"><span id="_r_${n}f_"><div role="button" aria-label="Like: ${fbCompact(likes)} people" tabindex="0">👍</div></span></span><div class="sr">All reactions:</div><span aria-hidden="true"><span><span>${fbCompact(likes)}</span></span></span></div>`
    : '';
  const words = [
    worded(comments, 'comment', 'comments'),
    worded(shares, 'share', 'shares'),
    p.format === 'video' ? worded(views, 'view', 'views') : '',
  ].join('');
  return `<div class="summary">${total}<div class="words">${words}</div></div>`;
}

const ACTIONS =
  '<div class="actions"><div role="button" aria-label="Like" tabindex="0"><span dir="auto">Like</span></div><div role="button" aria-label="Leave a comment" tabindex="0"><span dir="auto">Comment</span></div><div role="button" aria-label="Send this to friends or post it on your profile." tabindex="0"><span dir="auto">Share</span></div></div>';

export function renderFacebookPost(p: DemoPost, i: number, now: number): string {
  const n = i + 1;
  const when = shortTime(p.publishedAt, now);
  const author = `<a role="link" href="${PAGE}?__cft__[0]=AZdemo&amp;__tn__=-UC%2CP-R" tabindex="0"><strong><span>${NAME}</span></strong></a>`;
  return `<div class="unit"><div role="article" aria-labelledby="_r_${n}a_" aria-posinset="${n}" aria-describedby="_r_${n}b_ _r_${n}c_ _r_${n}f_">
<div class="head"><a role="link" aria-label="${NAME}" href="${PAGE}" tabindex="0"><svg role="img" aria-label="${NAME}" class="avatar" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20"></circle></svg></a>
<div><div data-ad-rendering-role="profile_name"><h3 id="_r_${n}a_">${author}</h3></div>
<div id="_r_${n}b_" class="meta"><a role="link" aria-label="${when}" href="${PAGE}/posts/${p.id}?__cft__[0]=AZdemo&amp;__tn__=%2CO%2CP-R" tabindex="0"><span>${when}</span></a><span aria-hidden="true"> · </span><svg title="Shared with Public" viewBox="0 0 16 16" width="12" height="12"><title>Shared with Public</title><circle cx="8" cy="8" r="7"></circle></svg></div></div></div>
<div dir="auto"><div data-ad-rendering-role="story_message"><div data-ad-preview="message" data-ad-comet-preview="message" id="_r_${n}c_"><div dir="auto">${esc(p.text)}</div></div></div></div>
${media(p, i)}<div data-visualcompletion="ignore-dynamic" class="ufi">${counts(p, n)}${ACTIONS}</div>
</div></div>`;
}

/** The page JSON Facebook sends with the first posts: each story's creation time beside its URL. */
function storiesJson(posts: DemoPost[]): string {
  const stories = posts.map((p) => ({
    story: {
      creation_time: Math.floor(p.publishedAt / 1000),
      unpublished_content_type: 'PUBLISHED',
      url: `${PAGE}/posts/${p.id}`,
    },
  }));
  const user = { ACCOUNT_ID: MANAGER.id, USER_ID: MANAGER.id, NAME: MANAGER.name, SHORT_NAME: 'Maria' };
  const script = (v: unknown) =>
    `<script type="application/json" data-sjs="">${JSON.stringify(v).replace(/</g, '\\u003c').replace(/\//g, '\\/')}</script>`;
  return (
    script({
      require: [
        [
          'ScheduledServerJS',
          'handle',
          null,
          [{ __bbox: { define: [['CurrentUserInitialData', [], user, 270]] } }],
        ],
      ],
    }) +
    script({
      require: [
        ['RelayPrefetchedStreamCache', 'next', [], ['adp_ProfileCometTimelineFeedQuery', { data: stories }]],
      ],
    })
  );
}

const STYLE = `body{margin:0;font:15px/1.35 system-ui,sans-serif;background:#f0f2f5;color:#050505}
[role=banner]{background:#fff;padding:8px 16px;font-weight:700;color:#0866ff;font-size:24px;box-shadow:0 1px 2px #0002}
.cover{height:180px;background:linear-gradient(120deg,#6b4226,#c89f6b)}.page{max-width:680px;margin:0 auto}
.pagehead{background:#fff;padding:12px 16px;margin-bottom:12px}.pagehead h1{margin:0 0 4px}
.pagehead a{color:#0866ff;text-decoration:none;margin-right:12px}.unit{background:#fff;border-radius:8px;margin:0 0 12px;padding:12px 16px}
.head{display:flex;gap:8px;align-items:center}.avatar{width:40px;height:40px;fill:#6b4226}h3{margin:0;font-size:15px}
h3 a,.meta a{color:inherit;text-decoration:none}.meta{font-size:13px;color:#65676b}.media{display:flex;gap:4px;margin:8px -16px}
.photo,.video{flex:1;height:220px;background:#d8c3a5;display:block}.video{background:#222}.summary{display:flex;justify-content:space-between;color:#65676b;font-size:14px;padding:8px 0;border-bottom:1px solid #ced0d4}
.total,.words{display:flex;gap:8px}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.actions{display:flex;justify-content:space-around;padding-top:6px;color:#65676b;font-weight:600}`;

function render(posts: DemoPost[], now: number): string {
  return `<!DOCTYPE html>
<html id="facebook" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${NAME} | Facebook</title><style>${STYLE}</style>${storiesJson(posts)}</head>
<body><div id="mount_0_0_demo"><div role="banner">facebook</div>
<div role="main" class="page"><div class="cover"></div><div class="pagehead"><h1>${NAME}</h1>
<a role="link" href="${PAGE}/followers/">4.2K followers</a><a role="link" aria-label="Professional dashboard" href="https://www.facebook.com/professional_dashboard/?asset_id=100064987654321">Professional dashboard</a>
<p>An offline copy of a Facebook Page. The badges on each of the brand's posts come from the Resonance extension.</p></div>
${posts.map((p, i) => renderFacebookPost(p, i, now)).join('\n')}
</div></div></body></html>`;
}

export const facebookDemo: SiteDemo = {
  site: 'facebook',
  handle: HANDLE,
  url: PAGE,
  postUrl: (id) => `${PAGE}/posts/${id}`,
  idFor,
  render,
};
