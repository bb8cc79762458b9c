// The YouTube demo page: the brand's channel, Videos tab, at its real address, in YouTube's ytd- markup of
// 2023–2024 (ytd-c4-tabbed-header-renderer, ytd-rich-grid-renderer > ytd-rich-item-renderer >
// ytd-rich-grid-media). That generation is chosen because its title labels carry the exact views ("… 3 days
// ago 12 minutes 12,345 views"), so the adapter reads the demo's counts exactly; the current view-model cards
// show only "12K views". Grids show views and an age, nothing else: likes and comments are not drawn.
// Structure as in tests/fixtures/youtube/channel-videos-de.html; classes are YouTube's, styles our own.
import type { DemoPost, SiteDemo } from '@/scripts/demo/site-demo';

const HANDLE = '@LumenRoasters';
const NAME = 'Lumen Coffee Roasters';
const ORIGIN = 'https://www.youtube.com';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** An 11-character video id (YouTube's alphabet) made from the time and a sequence number: ids carry no time. */
function idFor(publishedAt: number, seq: number): string {
  let n = (BigInt(Math.round(publishedAt / 1000)) << 20n) | BigInt(seq & 0xfffff);
  let id = '';
  for (let i = 0; i < 11; i++) {
    id = ID_CHARS[Number(n & 63n)]! + id;
    n >>= 6n;
  }
  return id;
}

/** YouTube's English compact views: truncated, one decimal below ten of a unit ("1.2K", "48K", "1.2M"). */
export function compactViews(n: number): string {
  if (n === 0) return 'No views';
  if (n === 1) return '1 view';
  const unit = n >= 1e9 ? [1e9, 'B'] : n >= 1e6 ? [1e6, 'M'] : n >= 1e3 ? [1e3, 'K'] : null;
  if (!unit) return `${n} views`;
  const [size, suffix] = unit as [number, string];
  const x = n / size;
  const shown = x < 10 ? Math.floor(x * 10) / 10 : Math.floor(x);
  return `${shown}${suffix} views`;
}

const exactViews = (n: number) =>
  n === 0 ? 'No views' : n === 1 ? '1 view' : `${n.toLocaleString('en-US')} views`;

/** YouTube's floored ages: "5 hours ago", "1 day ago", "2 weeks ago", "3 months ago". */
export function age(publishedAt: number, now: number): string {
  const s = Math.max(1, Math.floor((now - publishedAt) / 1000));
  const steps: [number, string][] = [
    [365.25 * 86400, 'year'],
    [30.44 * 86400, 'month'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  const [size, unit] = steps.find(([size]) => s >= size)!;
  const n = Math.floor(s / size);
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

function card(p: DemoPost, now: number, seq: number): string {
  const views = p.counts.views ?? 0;
  const when = age(p.publishedAt, now);
  const minutes = 4 + (seq % 9);
  const length = `${minutes} minutes, ${(seq * 17) % 60} seconds`;
  const title = esc(p.text);
  const label = esc(`${p.text} by ${NAME} ${when} ${length} ${exactViews(views)}`);
  const href = `/watch?v=${p.id}`;
  return `<ytd-rich-item-renderer class="style-scope ytd-rich-grid-renderer" items-per-row="4"><div id="content" class="style-scope ytd-rich-item-renderer"><ytd-rich-grid-media class="style-scope ytd-rich-item-renderer" lockup="true"><div id="dismissible" class="style-scope ytd-rich-grid-media"><ytd-thumbnail rich-grid-thumbnail="" class="style-scope ytd-rich-grid-media"><a id="thumbnail" class="yt-simple-endpoint inline-block style-scope ytd-thumbnail" aria-hidden="true" tabindex="-1" href="${href}"><div class="demo-thumb">${title}</div><div id="overlays" class="style-scope ytd-thumbnail"><ytd-thumbnail-overlay-time-status-renderer class="style-scope ytd-thumbnail" overlay-style="DEFAULT"><span id="text" class="style-scope ytd-thumbnail-overlay-time-status-renderer" aria-label="${length}">${minutes}:${String((seq * 17) % 60).padStart(2, '0')}</span></ytd-thumbnail-overlay-time-status-renderer></div></a></ytd-thumbnail><div id="details" class="style-scope ytd-rich-grid-media"><div id="meta" class="style-scope ytd-rich-grid-media"><h3 class="style-scope ytd-rich-grid-media"><a id="video-title-link" class="yt-simple-endpoint focus-on-expand style-scope ytd-rich-grid-media" aria-label="${label}" title="${title}" href="${href}"><yt-formatted-string id="video-title" class="style-scope ytd-rich-grid-media">${title}</yt-formatted-string></a></h3><ytd-video-meta-block class="grid style-scope ytd-rich-grid-media byline-separated" rich-meta=""><div id="metadata" class="style-scope ytd-video-meta-block"><div id="byline-container" class="style-scope ytd-video-meta-block" hidden=""></div><div id="metadata-line" class="style-scope ytd-video-meta-block"><span class="inline-metadata-item style-scope ytd-video-meta-block">${compactViews(views)}</span><span class="inline-metadata-item style-scope ytd-video-meta-block">${when}</span></div></div></ytd-video-meta-block></div></div></div></ytd-rich-grid-media></div></ytd-rich-item-renderer>`;
}

const STYLE = `body{margin:0;font:14px Roboto,Arial,sans-serif;background:#fff;color:#0f0f0f}
#masthead-container{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 24px;font-weight:700}
ytd-c4-tabbed-header-renderer{display:block;padding:24px 64px}#channel-handle,#subscriber-count{color:#606060;margin-right:8px}
#contents.ytd-rich-grid-renderer{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:24px 16px;padding:24px 64px}
.demo-thumb{aspect-ratio:16/9;border-radius:12px;background:linear-gradient(135deg,#6b4226,#d9a066);color:#fff;padding:12px;box-sizing:border-box;font-weight:600}
ytd-thumbnail a{display:block;position:relative;text-decoration:none}#overlays{position:absolute;right:6px;bottom:6px;background:#000c;color:#fff;border-radius:4px;padding:1px 4px;font-size:12px}
#video-title-link{color:inherit;text-decoration:none;font-weight:500}#metadata-line span{color:#606060;margin-right:8px}`;

function render(posts: DemoPost[], now: number): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(NAME)} - YouTube</title><style>${STYLE}</style></head>
<body dir="ltr"><ytd-app><div id="content" class="style-scope ytd-app">
<div id="masthead-container" class="style-scope ytd-app">YouTube · Resonance demo</div>
<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-browse class="style-scope ytd-page-manager" page-subtype="channels">
<div id="header" class="style-scope ytd-browse"><ytd-c4-tabbed-header-renderer class="style-scope ytd-browse" has-channel-handle="">
<ytd-channel-name id="channel-name" class="style-scope ytd-c4-tabbed-header-renderer"><div id="container" class="style-scope ytd-channel-name"><yt-formatted-string id="text" class="style-scope ytd-channel-name">${esc(NAME)}</yt-formatted-string></div></ytd-channel-name>
<div id="channel-header-links" class="style-scope ytd-c4-tabbed-header-renderer"><yt-formatted-string id="channel-handle" class="style-scope ytd-c4-tabbed-header-renderer">${HANDLE}</yt-formatted-string><yt-formatted-string id="subscriber-count" class="style-scope ytd-c4-tabbed-header-renderer">12.4K subscribers</yt-formatted-string></div>
</ytd-c4-tabbed-header-renderer></div>
<ytd-two-column-browse-results-renderer class="style-scope ytd-browse" page-subtype="channels"><div id="primary" class="style-scope ytd-two-column-browse-results-renderer"><ytd-rich-grid-renderer class="style-scope ytd-two-column-browse-results-renderer"><div id="contents" class="style-scope ytd-rich-grid-renderer">
${posts.map((p, i) => card(p, now, i)).join('\n')}
</div></ytd-rich-grid-renderer></div></ytd-two-column-browse-results-renderer>
</ytd-browse></ytd-page-manager></div></ytd-app></body></html>`;
}

export const youtubeDemo: SiteDemo = {
  site: 'youtube',
  handle: HANDLE,
  url: `${ORIGIN}/${HANDLE}/videos`,
  postUrl: (id) => `${ORIGIN}/watch?v=${id}`,
  idFor,
  render,
};
