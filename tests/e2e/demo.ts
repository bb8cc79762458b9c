// The demo's X profile (scripts/demo) served at its real address, for the tests that need a scored page.
import { DEMO_HANDLE, DEMO_NAME, demoData } from '@/scripts/demo/demo-data';
import { renderXProfile } from '@/scripts/demo/x-markup';
import type { Ext } from './fixtures';

export const DEMO_URL = `https://x.com/${DEMO_HANDLE}`;

/** Serves the demo profile as the brand sees it, and returns its posts and the backup of its history. */
export async function serveDemo(ext: Ext, now: number, stylesheet?: string) {
  const data = demoData(now);
  await ext.serve({
    [DEMO_URL]: renderXProfile({
      handle: DEMO_HANDLE,
      name: DEMO_NAME,
      bio: '',
      followers: 12_400,
      following: 311,
      viewer: DEMO_HANDLE,
      posts: data.posts,
      now,
      ...(stylesheet === undefined ? {} : { stylesheet }),
    }),
  });
  return data;
}
