// Reading a profile grid tile. Only the tile under the pointer shows likes and comments, in an overlay
// list whose icons are unlabelled sprites: likes first, comments second (real profile grid capture). Reel
// tiles also show their views beside an eye icon (Aryaman3012/insta_scrape, 2025-07). A tile carries no
// time: its shortcode gives the upload time.
import type { PostFormat } from '@/lib/core/formats';
import type { Metrics } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { SHORTCODE_PRECISION_MS, shortcodeTime } from '@/lib/sites/shared/time/shortcode';
import type { ReadContext, ReadResult, UnreadablePost } from '@/lib/sites/types';
import { isOwnGrid, type PostRef, pageOf, postLinkOf, postUrl } from './paths';
import { hasDigit, shownText } from './scope';
import { IG, TILE_ICONS } from './selectors';

const iconsOf = (tile: Element) =>
  Array.from(tile.querySelectorAll(IG.tileIcon.css), (svg) =>
    TILE_ICONS.get(svg.getAttribute('aria-label')?.trim().toLowerCase() ?? ''),
  );

function formatOf(tile: Element, ref: PostRef): PostFormat | undefined {
  if (ref.kind !== 'p') return ref.kind === 'reel' ? 'reel' : 'video';
  const icons = iconsOf(tile);
  if (icons.includes('carousel')) return 'carousel';
  if (icons.includes('clip')) return 'video';
  // An icon of a kind not known here (a label in another language) may be a carousel's: say nothing.
  return icons.every((i) => i === 'pinned' || i === 'views') ? 'image' : undefined;
}

type TileCounts = { ok: true; metrics: Metrics } | { ok: false; reason: string };

/** The hovered overlay's two counts, and the views text outside it. */
function tileCounts(tile: Element, ref: PostRef, locale: string): TileCounts {
  const metrics: Metrics = {};
  const items = Array.from(tile.querySelectorAll(IG.tileOverlay.css));
  const overlay = items[0]?.parentElement ?? null;
  if (items.length === 2) {
    for (const [i, metric] of (['likes', 'comments'] as const).entries()) {
      const text = shownText(items[i]!).trim();
      if (!hasDigit(text)) continue;
      const count = parseCount(text, locale);
      if (!count) return { ok: false, reason: `the ${metric} count shown can't be read` };
      metrics[metric] = count;
    }
  }
  // With one count (likes hidden, or comments off) which it is can't be told: it is left out.
  const unplaced = items.length > 0 && items.length !== 2;
  const rest = shownText(tile, overlay);
  if (hasDigit(rest)) {
    if (ref.kind === 'p' && !iconsOf(tile).includes('views'))
      return { ok: false, reason: 'a number on the tile is not a count Resonance knows' };
    const views = parseCount(rest.trim(), locale);
    if (!views) return { ok: false, reason: "the views count shown can't be read" };
    metrics.views = views;
  }
  if (Object.keys(metrics).length === 0)
    return {
      ok: false,
      reason: unplaced ? 'the tile’s counts can’t be told apart' : 'the tile shows no count it can read',
    };
  return { ok: true, metrics };
}

/** The post a tile links to, and whose it is: the link's account, else the grid's on a profile's own grid. */
export function tileIdentity(tile: Element, pageUrl: URL) {
  const ref = postLinkOf(tile.getAttribute('href'));
  const page = pageOf(pageUrl);
  return { ref, author: ref?.author ?? (isOwnGrid(page) ? page.handle : undefined) };
}

export function readTile(tile: Element, ctx: ReadContext): ReadResult {
  const { ref, author } = tileIdentity(tile, ctx.url);
  const unreadable = (p: Omit<UnreadablePost, 'platform'>): ReadResult => ({
    ok: false,
    problem: { platform: 'instagram', ...p },
  });
  if (!ref) return unreadable({ reason: 'the tile links to no post' });
  const url = postUrl(ref);
  if (!author) return unreadable({ id: ref.code, url, reason: 'the tile names no account' });
  const counts = tileCounts(tile, ref, ctx.locale);
  if (!counts.ok) return unreadable({ id: ref.code, url, author, reason: counts.reason });
  const publishedAt = shortcodeTime(ref.code, ctx.now);
  const format = formatOf(tile, ref);
  return {
    ok: true,
    post: {
      platform: 'instagram',
      id: ref.code,
      url,
      author,
      publishedAt,
      ...(publishedAt !== null ? { publishedPrecision: SHORTCODE_PRECISION_MS } : {}),
      ...(format ? { format } : {}),
      metrics: counts.metrics,
    },
  };
}
