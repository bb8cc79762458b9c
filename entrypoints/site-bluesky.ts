// Bluesky's site script: Bluesky's adapter and nothing of any other site. Its pages are listed in the manifest from
// lib/sites/bluesky/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { blueskyAdapter } from '@/lib/sites/bluesky/adapter';

export default defineUnlistedScript(() => void startCapture(blueskyAdapter));
