// Threads' site script: Threads' adapter and nothing of any other site. Its pages are listed in the manifest from
// lib/sites/threads/site.ts (wxt.config.ts).
import { startCapture } from '@/lib/page/start';
import { threadsAdapter } from '@/lib/sites/threads/adapter';

export default defineUnlistedScript(() => void startCapture(threadsAdapter));
