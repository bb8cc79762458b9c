// X's site script: X's adapter and nothing of any other site. Its pages are listed in the manifest from
// lib/sites/x/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { xAdapter } from '@/lib/sites/x/adapter';

export default defineUnlistedScript(() => void startCapture(xAdapter));
