// Instagram's site script: Instagram's adapter and nothing of any other site. Its pages are listed in the
// manifest from lib/sites/instagram/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { instagramAdapter } from '@/lib/sites/instagram/adapter';

export default defineUnlistedScript(() => void startCapture(instagramAdapter));
