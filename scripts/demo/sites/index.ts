// The demo pages of the sites besides X (which has its own, richer demo in scripts/demo/demo-data.ts).
import type { SiteDemo } from '@/scripts/demo/site-demo';
import { facebookDemo } from './facebook';
import { tiktokDemo } from './tiktok';

export const SITE_DEMOS: readonly SiteDemo[] = [tiktokDemo, facebookDemo];
