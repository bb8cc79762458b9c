// LinkedIn's site script: LinkedIn's adapter and nothing of any other site. Its pages are listed in the
// manifest from lib/sites/linkedin/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { linkedinAdapter } from '@/lib/sites/linkedin/adapter';

export default defineUnlistedScript(() => void startCapture(linkedinAdapter));
