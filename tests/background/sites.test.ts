// The background and the ten sites' shape: who is tracked automatically, health reports, open-ended counts,
// count units for pages, and upkeep that never runs inside a restore (self-hosted instances: instances.test.ts).
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { snap } from '@/tests/helpers/db';
import { data, H, NOW, page, setup, tab } from './site-setup';

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
