// What the demo needs from each site: a page of the brand's own posts at the site's real address, drawn
// in that site's markup so the site's script reads it as it would the live page.
import type { PostFormat } from '@/lib/core/formats';

export interface DemoPost {
  /** The site's own id for the post, in the form the site uses. */
  id: string;
  publishedAt: number;
  format: PostFormat;
  text: string;
  /** Whole numbers; a count the site does not show is left out. */
  counts: { likes: number; comments: number; shares?: number; saves?: number; views?: number };
}

export interface SiteDemo {
  /** The site id (lib/sites/catalog.ts). */
  site: string;
  /** The brand's handle on the site, as the site writes it. */
  handle: string;
  /** The page the demo opens: the brand's profile or Page at the site's real address. */
  url: string;
  /** The post's link, as the site's script will report it. */
  postUrl(id: string): string;
  /** A post id of the site's own form for a time (the demo's ids carry their time where the site's do). */
  idFor(publishedAt: number, seq: number): string;
  /** The page's HTML, with `posts` newest first, as seen at `now`. */
  render(posts: DemoPost[], now: number): string;
}
