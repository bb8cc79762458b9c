// When a post was published. The page's JSON has the exact creation time of the stories it first
// loaded; otherwise the time link says "30 May at 11:02", "Yesterday at 18:40" or "4d" (localised,
// in its aria-label and its text; the capture has both), read in the page's language against now.

import { parseShortDate } from '@/lib/sites/shared/time/absolute';
import { parseRelativeTime } from '@/lib/sites/shared/time/relative';
import type { ReadContext } from '@/lib/sites/types';
import { creationTime } from './json';

export interface Published {
  publishedAt: number | null;
  /** ms either side, when the page gave a date or a relative time rather than the exact instant. */
  publishedPrecision?: number;
}

function fromText(text: string, ctx: ReadContext): Published | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const r = parseShortDate(clean, ctx.locale, ctx.now) ?? parseRelativeTime(clean, ctx.locale, ctx.now);
  return r ? { publishedAt: r.at, publishedPrecision: r.precision } : null;
}

export function readPublished(link: Element, postId: string, ctx: ReadContext): Published {
  const exact = creationTime(link.ownerDocument, postId);
  if (exact !== null) return { publishedAt: exact };
  return (
    fromText(link.getAttribute('aria-label') ?? '', ctx) ??
    fromText(link.textContent ?? '', ctx) ?? { publishedAt: null }
  );
}
