// Facebook's site script: Facebook's adapter and nothing of any other site. Its pages are listed in the manifest
// from lib/sites/facebook/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';

export default defineUnlistedScript(() => void startCapture(facebookAdapter));
