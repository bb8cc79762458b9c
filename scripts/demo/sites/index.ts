// The demo pages of the sites besides X (which has its own, richer demo in scripts/demo/demo-data.ts).
import type { SiteDemo } from '@/scripts/demo/site-demo';
import { blueskyDemo } from './bluesky';
import { facebookDemo } from './facebook';
import { instagramDemo } from './instagram';
import { linkedinDemo } from './linkedin';
import { redditDemo } from './reddit';
import { threadsDemo } from './threads';
import { tiktokDemo } from './tiktok';
import { youtubeDemo } from './youtube';

export const SITE_DEMOS: readonly SiteDemo[] = [
  tiktokDemo,
  facebookDemo,
  instagramDemo,
  linkedinDemo,
  youtubeDemo,
  threadsDemo,
  redditDemo,
  blueskyDemo,
];
