// The one list of sites: each site's pages are recognised as its own and as no other's, its account
// names are read the same way everywhere, and a post link must be on its site (or an added instance).
import { describe, expect, it } from 'vitest';
import {
  accountKey,
  isPostUrlOf,
  SITE_IDS,
  SITES,
  type SiteId,
  siteInfo,
  siteOfPage,
} from '@/lib/sites/catalog';
import { hostMatches } from '@/lib/sites/site';

const PAGES: Record<SiteId, string[]> = {
  x: [
    'https://x.com/home',
    'https://twitter.com/LumenRoasters/status/1',
    'https://mobile.x.com/LumenRoasters',
  ],
  bluesky: [
    'https://bsky.app/profile/lumen.bsky.social',
    'https://bsky.app/profile/did:plc:abc/post/3mddvy5bv6k27',
  ],
  threads: ['https://www.threads.com/@lumen', 'https://www.threads.net/@lumen/post/DR0WsyWki1M'],
  mastodon: [
    'https://mastodon.social/@lumen',
    'https://fosstodon.org/@lumen@mastodon.social/113500000000000001',
  ],
  instagram: ['https://www.instagram.com/lumenroasters/', 'https://www.instagram.com/p/DQq9PJQk4TG/'],
  facebook: ['https://www.facebook.com/lumenroasters', 'https://m.facebook.com/story.php?id=1'],
  linkedin: ['https://www.linkedin.com/company/lumen/posts/', 'https://www.linkedin.com/feed/'],
  youtube: ['https://www.youtube.com/@lumen', 'https://www.youtube.com/watch?v=SU31AEXDLrM'],
  tiktok: ['https://www.tiktok.com/@lumen', 'https://www.tiktok.com/@lumen/video/7103486912966561029'],
  reddit: ['https://www.reddit.com/user/lumen', 'https://old.reddit.com/r/coffee/'],
};
const INSTANCES = ['mastodon.social', 'fosstodon.org'];

describe('the site list', () => {
  it('names ten sites once each, each with its own folder’s information', () => {
    expect(SITE_IDS).toHaveLength(10);
    expect(new Set(SITE_IDS).size).toBe(10);
    for (const s of SITES) expect(siteInfo(s.id as SiteId)).toBe(s);
  });

  it.each(SITE_IDS)('%s: its pages are its own and no other site’s', (id) => {
    for (const url of PAGES[id]) expect(siteOfPage(new URL(url), INSTANCES)?.id, url).toBe(id);
    for (const other of SITE_IDS.filter((o) => o !== id))
      for (const url of PAGES[other]) expect(siteOfPage(new URL(url), INSTANCES)?.id, url).not.toBe(id);
  });

  it('reads nothing on http, unknown hosts, or an instance the user did not add', () => {
    expect(siteOfPage(new URL('http://x.com/home'))).toBeNull();
    expect(siteOfPage(new URL('https://x.com.evil.example/home'))).toBeNull();
    expect(siteOfPage(new URL('https://mastodon.social/@lumen'))).toBeNull();
  });

  it('gives each site with hosts its content-script matches, and a self-hosted one none', () => {
    expect(hostMatches(siteInfo('x'))).toEqual([
      'https://x.com/*',
      'https://twitter.com/*',
      'https://mobile.x.com/*',
      'https://mobile.twitter.com/*',
    ]);
    expect(hostMatches(siteInfo('mastodon'))).toEqual([]);
  });
});

describe('post links', () => {
  it('must be https on the site’s domains (subdomains included)', () => {
    const x = siteInfo('x');
    expect(isPostUrlOf(x, new URL('https://x.com/a/status/1'))).toBe(true);
    expect(isPostUrlOf(x, new URL('https://mobile.twitter.com/a/status/1'))).toBe(true);
    expect(isPostUrlOf(x, new URL('http://x.com/a/status/1'))).toBe(false);
    expect(isPostUrlOf(x, new URL('https://evilx.com/a/status/1'))).toBe(false);
    expect(isPostUrlOf(x, new URL('https://x.com.evil.example/a'))).toBe(false);
  });

  it('of a self-hosted site must be on an instance the user added, exactly', () => {
    const m = siteInfo('mastodon');
    const url = new URL('https://mastodon.social/@lumen/1');
    expect(isPostUrlOf(m, url)).toBe(false);
    expect(isPostUrlOf(m, url, ['mastodon.social'])).toBe(true);
    expect(isPostUrlOf(m, new URL('https://evil.mastodon.social/@lumen/1'), ['mastodon.social'])).toBe(false);
  });
});

describe('account names', () => {
  const cases: [SiteId, string, { handle: string; id: string } | null][] = [
    ['x', '@LumenRoasters', { handle: 'LumenRoasters', id: 'lumenroasters' }],
    ['x', 'Lumen Roasters', null],
    ['x', '@', null],
    ['x', '<b>x</b>', null],
    ['x', 'lumen\u202Eroasters', null],
    ['mastodon', '@Lumen@Mastodon.Social', { handle: 'Lumen@mastodon.social', id: 'lumen@mastodon.social' }],
    ['mastodon', 'lumen', null],
    ['mastodon', 'lumen@localhost', null],
    ['bluesky', '@Lumen.bsky.social', { handle: 'Lumen.bsky.social', id: 'lumen.bsky.social' }],
    [
      'bluesky',
      'did:plc:abcdefghijklmnopqrstuvwx',
      { handle: 'did:plc:abcdefghijklmnopqrstuvwx', id: 'did:plc:abcdefghijklmnopqrstuvwx' },
    ],
    ['youtube', '@LumenRoasters', { handle: '@LumenRoasters', id: '@lumenroasters' }],
    [
      'youtube',
      'UCabcdefghijklmnopqrstuV',
      { handle: 'UCabcdefghijklmnopqrstuV', id: 'UCabcdefghijklmnopqrstuV' },
    ],
    ['youtube', 'LumenRoasters', null],
    [
      'linkedin',
      'https://www.linkedin.com/company/lumen-roasters/',
      { handle: 'company/lumen-roasters', id: 'company/lumen-roasters' },
    ],
    ['linkedin', 'in/Jane-Doe', { handle: 'in/Jane-Doe', id: 'in/jane-doe' }],
    ['linkedin', 'lumen', null],
    ['reddit', 'u/LumenRoasters', { handle: 'LumenRoasters', id: 'lumenroasters' }],
    ['facebook', 'lumenroasters', { handle: 'lumenroasters', id: 'lumenroasters' }],
    ['facebook', 'a b', null],
    ['tiktok', '@lumen.roasters', { handle: 'lumen.roasters', id: 'lumen.roasters' }],
    ['instagram', '@Lumen_Roasters', { handle: 'Lumen_Roasters', id: 'lumen_roasters' }],
    ['threads', 'x'.repeat(31), null],
  ];
  it.each(cases)('%s: %j', (site, input, want) => {
    expect(siteInfo(site).accounts.parse(input)).toEqual(want);
  });

  it.each(SITE_IDS)('%s: its example is a valid name, shown as the site writes it', (id) => {
    const { accounts } = siteInfo(id);
    const name = accounts.parse(accounts.example);
    expect(name, accounts.example).not.toBeNull();
    expect(accounts.parse(accounts.show(name!.handle))).toEqual(name);
  });

  it('keys records by site and id', () => {
    expect(accountKey('mastodon', 'lumen@mastodon.social')).toBe('mastodon:lumen@mastodon.social');
  });
});
