// LinkedIn's demo page: the brand's Page, Posts tab, drawn in the legacy Ember markup (the structure of the real
// home-feed capture: div.feed-shared-update-v2[data-urn], update-components-actor, the social-counts bar with
// "N reactions" / "N comments on …" / "N reposts of …" labels), with impressions as the Page's admin sees
// them. The classes are LinkedIn's own, because the adapter reads them; the small stylesheet is ours.
import type { PostFormat } from '@/lib/core/formats';
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = 'company/lumen-roasters';
const NAME = 'Lumen Roasters';
const PAGE = `https://www.linkedin.com/${HANDLE}`;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (n: number) => n.toLocaleString('en-US');

/** A LinkedIn activity id for a time: its top bits are the ms (lib/sites/shared/time/ids.ts). */
function idFor(publishedAt: number, seq: number): string {
  return ((BigInt(Math.round(publishedAt)) << 22n) | BigInt(seq & 0x3fffff)).toString();
}

/** LinkedIn's short age: "20m", "5h", "3d", "2w", "4mo", "1yr". */
function age(t: number, now: number): string {
  const m = Math.max(1, Math.floor((now - t) / 60e3));
  const units: [number, string][] = [
    [525_600, 'yr'],
    [43_200, 'mo'],
    [10_080, 'w'],
    [1_440, 'd'],
    [60, 'h'],
  ];
  for (const [size, unit] of units) if (m >= size) return `${Math.floor(m / size)}${unit}`;
  return `${m}m`;
}

const MEDIA: Partial<Record<PostFormat, string>> = {
  image:
    '<div class="update-components-image update-components-image--single-image"><img class="update-components-image__image" alt="Photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="></div>',
  carousel:
    '<div class="update-components-document__container"><div class="doc">Brewing guide · 8 pages</div></div>',
  video:
    '<div class="update-components-linkedin-video"><video class="vjs-tech" preload="none" playsinline=""></video><div class="play">▶</div></div>',
  poll: '<div class="update-components-poll"><ul><li>Espresso</li><li>Filter</li></ul></div>',
  link: '<article class="update-components-article"><a class="update-components-article__meta" href="https://lumenroasters.example/journal">Our journal</a></article>',
};

function counts(p: DemoPost): string {
  const { likes, comments, shares } = p.counts;
  const of = `${NAME}’s post`;
  const items = [
    likes > 0
      ? `<li class="social-details-social-counts__item social-details-social-counts__reactions"><button data-reaction-details="" aria-label="${num(likes)} reactions" type="button"><span class="icon"></span><span aria-hidden="true" class="social-details-social-counts__reactions-count">${num(likes)}</span></button></li>`
      : '',
    comments > 0
      ? `<li class="social-details-social-counts__item social-details-social-counts__comments"><button aria-label="${num(comments)} comments on ${of}" type="button"><span aria-hidden="true">${num(comments)} comments</span></button></li>`
      : '',
    shares
      ? `<li class="social-details-social-counts__item"><button aria-label="${num(shares)} reposts of ${of}" type="button"><span aria-hidden="true">${num(shares)} reposts</span></button></li>`
      : '',
  ].join('');
  return items ? `<div class="social-details-social-counts"><ul>${items}</ul></div>` : '';
}

const ACTIONS =
  '<div class="feed-shared-social-action-bar"><button aria-label="React Like" type="button">Like</button><button aria-label="Comment" type="button">Comment</button><button aria-label="" type="button">Repost</button><button aria-label="Send in a private message" type="button">Send</button></div>';

function impressions(p: DemoPost): string {
  const views = p.counts.views;
  if (!views) return '';
  return `<div class="content-analytics-entry-point"><a class="ca-entry-point__link" href="https://www.linkedin.com/analytics/post-summary/urn:li:activity:${p.id}/"><span class="ca-entry-point__num-views t-14"><strong>${num(views)}</strong> impressions</span> · View analytics</a></div>`;
}

function card(p: DemoPost, i: number, now: number): string {
  const urn = `urn:li:activity:${p.id}`;
  const ago = age(p.publishedAt, now);
  return `<div data-id="${urn}" class="relative" data-finite-scroll-hotkey-item="${i}"><div class="full-height" data-view-name="feed-full-update">
<div class="feed-shared-update-v2 artdeco-card" role="article" data-urn="${urn}">
<div class="update-components-actor__container"><a class="update-components-actor__image" aria-label="${NAME}, graphic." href="${PAGE}/posts"><span class="logo">L</span></a>
<div class="update-components-actor__meta"><a class="update-components-actor__meta-link" aria-label="View: ${NAME} 4,210 followers" href="${PAGE}/posts"><span class="update-components-actor__title"><span dir="ltr"><span aria-hidden="true">${NAME}</span><span class="visually-hidden">${NAME}</span></span></span><span class="update-components-actor__description"><span aria-hidden="true">4,210 followers</span></span></a>
<span class="update-components-actor__sub-description"><span aria-hidden="true">${ago} • </span><span class="visually-hidden">${ago} ago • Visible to anyone on or off LinkedIn</span></span></div>
<button class="feed-shared-control-menu__trigger" aria-label="Open control menu for post by ${NAME}" type="button">…</button></div>
<div class="update-components-text"><span class="break-words"><span dir="ltr">${esc(p.text)}</span></span></div>
${MEDIA[p.format] ?? ''}
<div class="update-v2-social-activity">${counts(p)}${ACTIONS}${impressions(p)}</div>
</div></div></div>`;
}

const STYLE = `body{margin:0;background:#f4f2ee;font:14px/1.4 system-ui,sans-serif;color:#191919}
.top{background:#fff;padding:16px 24px;border-bottom:1px solid #ddd}.top h1{margin:0;font-size:22px}
main{max-width:560px;margin:16px auto}.artdeco-card{background:#fff;border-radius:8px;margin:0 0 12px;padding:12px 16px;box-shadow:0 0 0 1px #e0dfdc}
.update-components-actor__container{display:flex;gap:8px;align-items:flex-start}.update-components-actor__meta{flex:1}
.update-components-actor__meta-link{display:flex;flex-direction:column;color:inherit;text-decoration:none}.visually-hidden{display:none}
.update-components-actor__description,.update-components-actor__sub-description{font-size:12px;color:#666}
.logo{display:inline-block;width:48px;height:48px;background:#6b4226;color:#fff;text-align:center;line-height:48px;font-weight:700}
.feed-shared-control-menu__trigger,.feed-shared-social-action-bar button{border:0;background:none;color:#666;font-weight:600;padding:8px;cursor:pointer}
.update-components-text{margin:8px 0}.update-components-image img,.doc,.update-components-linkedin-video{display:block;width:100%;height:220px;background:#c9b8a6;border-radius:4px}
.doc,.play{display:flex;align-items:center;justify-content:center;font-weight:600}.update-components-linkedin-video video{display:none}
.social-details-social-counts ul{display:flex;gap:12px;list-style:none;padding:0;margin:8px 0;font-size:12px;color:#666}
.social-details-social-counts button{border:0;background:none;color:inherit;padding:0}.icon{display:inline-block;width:12px;height:12px;margin-right:4px;border-radius:50%;background:#378fe9;vertical-align:-1px}.feed-shared-social-action-bar{display:flex;border-top:1px solid #e8e8e8}
.content-analytics-entry-point{font-size:12px;color:#666;border-top:1px solid #e8e8e8;padding-top:6px}`;

function render(posts: DemoPost[], now: number): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${NAME}: Posts | LinkedIn</title><style>${STYLE}</style></head>
<body><div class="application-outlet"><header class="top"><h1>${NAME}</h1><div>Food and Beverage Manufacturing · 4,210 followers · Resonance demo (an offline copy of a LinkedIn Page)</div></header>
<main id="main" class="scaffold-layout__main"><div class="scaffold-finite-scroll"><div class="scaffold-finite-scroll__content" data-finite-scroll-hotkey-context="FEED">
${posts.map((p, i) => card(p, i, now)).join('\n')}
</div></div></main></div></body></html>`;
}

export const linkedinDemo: SiteDemo = {
  site: 'linkedin',
  handle: HANDLE,
  url: `${PAGE}/posts/`,
  postUrl: (id) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
  idFor,
  render,
};
