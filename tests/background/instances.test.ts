// Self-hosted instances (Mastodon) in the worker: a server is read only once the user granted it, its
// script registered and let go with the grant, wherever the grant was given or removed.
import { describe, expect, it } from 'vitest';
import { permissionsChanged } from '@/lib/background/instances';
import { snap } from '@/tests/helpers/db';
import { data, NOW, page, setup, tab } from './site-setup';

const toot = (host: string, over: object = {}) => ({
  ...snap({ postId: '113500000000000001', capturedAt: NOW }),
  platform: 'mastodon',
  url: `https://${host}/@lumen/113500000000000001`,
  author: 'lumen@mastodon.social',
  ...over,
});

describe('self-hosted instances', () => {
  it('are added only once their permission is granted, registered, and removed together', async () => {
    const { handle, log, granted } = await setup();
    const refused = await handle({ type: 'addInstance', host: 'mastodon.social' }, page);
    expect(refused).toEqual({
      ok: false,
      error: 'Resonance has no permission to read mastodon.social: allow it when the browser asks',
    });
    granted.add('mastodon.social');
    expect(data(await handle({ type: 'addInstance', host: 'Mastodon.Social' }, page))).toEqual([
      'mastodon.social',
    ]);
    expect(log).toContain('register mastodon.social');
    expect(data(await handle({ type: 'removeInstance', host: 'mastodon.social' }, page))).toEqual([]);
    expect(log).toContain('unregister mastodon.social');
    expect((await handle({ type: 'addInstance', host: 'https://evil.example/' }, page)).ok).toBe(false);
  });

  it('are the only hosts whose posts are accepted as Mastodon posts', async () => {
    const { handle, granted } = await setup();
    await handle(
      { type: 'setTracking', platform: 'mastodon', handle: '@lumen@mastodon.social', tracked: true },
      page,
    );
    const before = data(await handle({ type: 'recordSnapshots', batch: [toot('mastodon.social')] }, tab));
    expect(before.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'url is not on a Mastodon instance you added',
    ]);
    granted.add('mastodon.social');
    await handle({ type: 'addInstance', host: 'mastodon.social' }, page);
    const after = data(
      await handle(
        { type: 'recordSnapshots', batch: [toot('mastodon.social'), toot('evil.example', { key: 'e' })] },
        tab,
      ),
    );
    expect(after.committed).toHaveLength(1);
    expect(after.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'url is not on a Mastodon instance you added',
    ]);
  });
});

describe('permissions granted or removed outside Resonance’s pages', () => {
  it('start and stop reading a server, ignoring the fixed sites’ hosts and odd origins', async () => {
    const { db, log } = await setup();
    const env = {
      db: async () => db,
      now: () => NOW,
      registerInstance: async (h: string) => void log.push(`register ${h}`),
      unregisterInstance: async (h: string) => void log.push(`unregister ${h}`),
    };
    const fixed = ['x.com', 'twitter.com'];
    expect(
      await permissionsChanged(
        env,
        { added: ['https://mastodon.social/*', 'https://x.com/*', 'https://*/*', 'http://a.example/*'] },
        fixed,
      ),
    ).toEqual(['mastodon.social']);
    expect(log).toEqual(['register mastodon.social']);
    expect(await permissionsChanged(env, { removed: ['https://mastodon.social/*'] }, fixed)).toEqual([]);
    expect(log).toEqual(['register mastodon.social', 'unregister mastodon.social']);
  });
});
