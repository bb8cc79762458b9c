// Reddit's site script: Reddit's adapter and nothing of any other site. Its pages are listed in the manifest from
// lib/sites/reddit/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { redditAdapter } from '@/lib/sites/reddit/adapter';

export default defineUnlistedScript(() => void startCapture(redditAdapter));
