// The background and the ten sites' shape: who is tracked automatically, health reports, self-hosted
// instances (granted and registered), open-ended counts, count units for pages, and upkeep that never runs
// inside a restore.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import type { BackgroundEnv } from '@/lib/background/env';
import { permissionsChanged } from '@/lib/background/instances';
import { exactCount } from '@/lib/core/metrics';
import { freshDb, snap } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const page = { fromExtensionPage: true };
const tab = { fromExtensionPage: false };

async function setup(over: Partial<BackgroundEnv> = {}) {
  const db = await freshDb();
  const log: string[] = [];
  const granted = new Set<string>();
  const bg = createBackground({
    db: async () => db,
    now: () => NOW,
    notifyTracking: (p) => log.push(`notify ${p}`),
    hasHostPermission: async (h) => granted.has(h),
    registerInstance: async (h) => void log.push(`register ${h}`),
    unregisterInstance: async (h) => void log.push(`unregister ${h}`),
    ...over,
  });
  return { ...bg, db, log, granted };
}

const data = (r: { ok: boolean; data?: unknown; error?: string }) => {
  if (!r.ok) throw new Error(r.error);
  return r.data as any;
};

describe('the logged-in account', () => {
  it('is tracked when the site’s viewer is the brand (X), remembered but not tracked where it is a person (Facebook)', async () => {
    const { handle, db } = await setup();
    expect(
      data(await handle({ type: 'reportViewer', platform: 'x', account: { handle: 'Brand' } }, tab)),
    ).toEqual({
      tracked: ['brand'],
    });
    expect(
      data(
        await handle(
          { type: 'reportViewer', platform: 'facebook', account: { handle: 'jane.doe.42', name: 'Jane' } },
          tab,
        ),
      ),
    ).toEqual({ tracked: [] });
    const accounts = await db.getAll('accounts');
    expect(accounts.map((a) => [a.key, a.tracked, a.source, a.name ?? null])).toEqual([
      ['facebook:jane.doe.42', false, 'logged-in', 'Jane'],
      ['x:brand', true, 'logged-in', null],
    ]);
  });

  it('is refused when its name is not valid on its site', async () => {
    const { handle } = await setup();
    const r = await handle({ type: 'reportViewer', platform: 'x', account: { handle: 'not a handle' } }, tab);
    expect(r).toEqual({ ok: false, error: 'handle is not a X account name (like @LumenRoasters)' });
    const m = await handle({ type: 'reportViewer', platform: 'mastodon', account: { handle: 'lumen' } }, tab);
    expect(m.ok).toBe(false);
  });

  it('keeps aliases, so a post under another name of the account is still the account’s', async () => {
    const { handle } = await setup();
    const channel = 'UCabcdefghijklmnopqrstuv';
    await handle({ type: 'setTracking', platform: 'youtube', handle: '@LumenRoasters', tracked: true }, page);
    const r = await handle(
      {
        type: 'reportViewer',
        platform: 'youtube',
        account: { handle: '@LumenRoasters', aliases: [channel] },
      },
      tab,
    );
    expect(data(r).tracked.sort()).toEqual(['@lumenroasters', channel].sort());
  });
});

describe('privileged requests', () => {
  it.each([
    'getSettings',
    'getStatus',
    'listInstances',
    'getSiteHealth',
    'addInstance',
    'importBackup',
    'importBackupPart',
  ])('%s is refused from a page’s content script', async (type) => {
    const { handle } = await setup();
    expect(await handle({ type }, tab)).toEqual({
      ok: false,
      error: `${type} is only accepted from Resonance's own pages`,
    });
  });
});

describe('health', () => {
  it('keeps each site’s last good reading and last problem; a page still starting says nothing', async () => {
    const { handle } = await setup();
    const report = (health: object) =>
      handle({ type: 'reportHealth', platform: 'x', url: 'https://x.com/Brand', health }, tab);
    expect((await report({ state: 'reading', posts: 9, own: 4, unreadable: 1 })).ok).toBe(true);
    expect((await report({ state: 'starting' })).ok).toBe(true);
    expect((await report({ state: 'broken', why: 'no post container found' })).ok).toBe(true);
    expect(data(await handle({ type: 'getSiteHealth' }, page))).toEqual([
      {
        platform: 'x',
        lastGood: { at: NOW, url: 'https://x.com/Brand', posts: 9, own: 4 },
        lastProblem: { at: NOW, url: 'https://x.com/Brand', why: 'no post container found' },
      },
    ]);
    expect((await report({ state: 'broken', why: 3 })).ok).toBe(false);
    expect(
      (
        await handle(
          { type: 'reportHealth', platform: 'x', url: 'javascript:1', health: { state: 'starting' } },
          tab,
        )
      ).ok,
    ).toBe(false);
  });
});

describe('count units for pages', () => {
  it('answers a page’s locale and English, each once, null for a tag without number data', async () => {
    const { handle } = await setup();
    const got = data(await handle({ type: 'getUnits', locales: ['de-AT', 'zz-Qaaa'] }, tab));
    expect(got.map((g: { tag: string }) => g.tag)).toEqual(['de-AT', 'zz-Qaaa', 'en']);
    expect(got[0].units).toMatchObject({ decimal: ',', group: ' ' });
    expect(got[0].units.units.map((u: { post: string }) => u.post)).toContain('Mio.');
    expect(got[1].units).toBeNull();
    expect(got[2].units.units.map((u: { post: string }) => u.post)).toContain('K');
    expect(
      data(await handle({ type: 'getUnits', locales: ['en'] }, tab)).map((g: { tag: string }) => g.tag),
    ).toEqual(['en']);
  });

  it('refuses what is not a short list of language tags', async () => {
    const { handle } = await setup();
    const ask = async (locales: unknown) => {
      const r = await handle({ type: 'getUnits', locales }, tab);
      return r.ok ? 'answered' : r.error;
    };
    expect(await ask('en')).toBe('locales must be a list');
    expect(await ask(['en', 'de', 'fr'])).toBe('locales holds more than 2 entries');
    expect(await ask(['<img src=x>'])).toBe('locale has an unexpected form');
    expect(await ask(['x'.repeat(36)])).toBe('locale is longer than 35 characters');
    expect(await ask([7])).toBe('locale must be a non-empty string');
    const words = await handle({ type: 'getUnits', locales: ['de'], words: 'yes' }, tab);
    expect(words.ok ? 'answered' : words.error).toBe('words must be "written" or "ages"');
  });

  it('with words, adds the time words of the asked locales (English’s are in them), not of the English added', async () => {
    const { handle } = await setup();
    const got = data(await handle({ type: 'getUnits', locales: ['fr'], words: 'written' }, tab));
    expect(got.map((g: { tag: string }) => g.tag)).toEqual(['fr', 'en']);
    const dates = got[0].words.dates.words.map((w: { text: string }) => w.text);
    expect(dates).toEqual(expect.arrayContaining(['décembre', 'december']));
    expect(got[0].words.relative.patterns[0].length).toBeGreaterThan(0);
    expect(got[1].words).toBeUndefined();
    // YouTube's kind: its ages and month names, English's among them.
    const ages = data(await handle({ type: 'getUnits', locales: ['fr'], words: 'ages' }, tab))[0].words;
    expect(ages.months[7]).toEqual(['août', 'août']);
    expect(new Map(ages.ages).get('il y a#jours')).toBe(864e5);
    expect(new Map(ages.ages).get('#days ago')).toBe(864e5);
  });
});

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

describe('open-ended counts', () => {
  it('are stored as what they are: a floor and no ceiling', async () => {
    const { handle, db } = await setup();
    await handle({ type: 'setTracking', platform: 'x', handle: 'Brand', tracked: true }, page);
    const open = { value: 10_000, min: 10_000, max: null };
    const r = data(
      await handle(
        {
          type: 'recordSnapshots',
          batch: [snap({ postId: '1', capturedAt: NOW, metrics: { likes: open, comments: exactCount(3) } })],
        },
        tab,
      ),
    );
    expect(r.rejected).toEqual([]);
    expect((await db.getAll('snapshots'))[0]!.metrics.likes).toEqual(open);
    const bad = data(
      await handle(
        {
          type: 'recordSnapshots',
          batch: [
            snap({ postId: '2', capturedAt: NOW, metrics: { likes: { value: 5, min: 9, max: null } } }),
          ],
        },
        tab,
      ),
    );
    expect(bad.rejected[0].reason).toBe('likes must satisfy min ≤ value ≤ max');
  });
});

describe('upkeep', () => {
  it('waits for a restore in progress, then thins what it restored', async () => {
    const { handle, maintain, db } = await setup();
    const published = NOW - 30 * 24 * H;
    const iso = (t: number) => new Date(t).toISOString();
    const backup = {
      format: 'resonance-backup',
      version: 1,
      exportedAt: iso(NOW),
      accounts: [{ platform: 'x', handle: 'Brand', tracked: true }],
      posts: [
        {
          platform: 'x',
          id: '7',
          url: 'https://x.com/Brand/status/7',
          author: 'Brand',
          publishedAt: iso(published),
        },
      ],
      // A reading every 30 minutes for three days: retention keeps a few log-spaced ones.
      snapshots: Array.from({ length: 144 }, (_, i) => ({
        platform: 'x',
        postId: '7',
        capturedAt: iso(published + (i + 1) * 0.5 * H),
        metrics: { likes: exactCount(i + 1) },
      })),
    };
    const restoring = handle({ type: 'importBackup', text: JSON.stringify(backup), dryRun: false }, page);
    const upkeep = maintain();
    expect(data(await restoring).newSnapshots).toBe(144);
    expect(await upkeep).toBe(true);
    const left = await db.count('snapshots');
    expect(left).toBeGreaterThan(1);
    expect(left).toBeLessThan(144);
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
