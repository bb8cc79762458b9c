// YouTube's site script: YouTube's adapter and nothing of any other site. Its pages are listed in the manifest
// from lib/sites/youtube/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { youtubeAdapter } from '@/lib/sites/youtube/adapter';

export default defineUnlistedScript(() => void startCapture(youtubeAdapter));
