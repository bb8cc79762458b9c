// TikTok's site script: TikTok's adapter and nothing of any other site. Its pages are listed in the manifest from
// lib/sites/tiktok/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { tiktokAdapter } from '@/lib/sites/tiktok/adapter';

export default defineUnlistedScript(() => void startCapture(tiktokAdapter));
