// Mastodon's site script: Mastodon's adapter and nothing of any other site. Mastodon runs on any host, so
// this script is not in the manifest: the background registers it for each server the user adds
// (lib/background/instances.ts), with that server's permission.
import { startCapture } from '@/lib/page/start';
import { mastodonAdapter } from '@/lib/sites/mastodon/adapter';

export default defineUnlistedScript(() => void startCapture(mastodonAdapter));
