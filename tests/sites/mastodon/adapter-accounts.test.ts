// The Mastodon adapter naming accounts across instances (post authors, the page's account and whether it is
// the viewer's own) and finding the viewer, with its fallbacks.
import { describe, expect, it } from 'vitest';
import { mastodonAdapter as adapter } from '@/lib/sites/mastodon/adapter';
import { docOf, fixture, page, readFirst, statusHtml, useCleanup } from './setup';

useCleanup();

describe('account naming', () => {
  it('appends the page’s host to a local author and keeps a remote author’s domain', () => {
    const local = readFirst(statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602' }));
    expect(local.ok && local.post.author).toBe('lumen@mastodon.social');
    expect(local.ok && local.post.url).toBe('https://mastodon.social/@lumen/117587157412247602');
    const remote = readFirst(
      statusHtml({ id: '117585838888609442', href: '/@Ada@FOSSTODON.org/117585838888609442' }),
    );
    expect(remote.ok && remote.post.author).toBe('Ada@fosstodon.org');
    const elsewhere = readFirst(
      statusHtml({ id: '117587157412247602', href: '/@lumen/117587157412247602' }),
      'https://hachyderm.io/home',
    );
    expect(elsewhere.ok && elsewhere.post.author).toBe('lumen@hachyderm.io');
    expect(elsewhere.ok && elsewhere.post.url).toBe('https://hachyderm.io/@lumen/117587157412247602');
  });

  it('reads an older absolute permalink on the origin server; data-id stays the local id', () => {
    const r = readFirst(
      statusHtml({ id: '117585838888609442', href: 'https://fosstodon.org/@ada/113001122334455' }),
    );
    expect(r.ok && [r.post.id, r.post.author, r.post.url]).toEqual([
      '117585838888609442',
      'ada@fosstodon.org',
      'https://fosstodon.org/@ada/113001122334455',
    ]);
  });

  it('rejects a permalink that is not https or not a status link', () => {
    const http = readFirst(statusHtml({ id: '1', href: 'http://mastodon.social/@lumen/1' }));
    expect(!http.ok && http.problem.reason).toContain('permalink');
    const profile = readFirst(statusHtml({ id: '1', href: '/@lumen' }));
    expect(!profile.ok && profile.problem.reason).toContain('permalink');
  });

  it('reads the page account from /@user, /@user@domain and status pages', () => {
    const doc = docOf(page(''));
    const of = (u: string) => adapter.pageAccount(doc, new URL(u));
    expect(of('https://mastodon.social/@lumen')).toEqual({ handle: 'lumen@mastodon.social' });
    expect(of('https://mastodon.social/@ada@fosstodon.org/with_replies')).toEqual({
      handle: 'ada@fosstodon.org',
    });
    expect(of('https://mastodon.social/@lumen/117559166928218571')).toEqual({
      handle: 'lumen@mastodon.social',
    });
    expect(of('https://mastodon.social/web/@lumen')).toEqual({ handle: 'lumen@mastodon.social' });
    expect(of('https://mastodon.social/home')).toBeNull();
    expect(of('https://mastodon.social/@not a name')).toBeNull();
  });

  it('marks only the account header’s edit button as the viewer’s own profile, not on status pages', () => {
    const own = docOf(fixture('profile.html'), 'https://mastodon.social/@lumen');
    expect(adapter.pageAccount(own, new URL('https://mastodon.social/@lumen'))?.managed).toBe(true);
    expect(
      adapter.pageAccount(own, new URL('https://mastodon.social/@lumen/117587157412247602'))?.managed,
    ).toBe(undefined);
    // notifications.html has the ≤4.2 compose panel's /settings/profile link on every page.
    const other = docOf(fixture('notifications.html'), 'https://mastodon.social/@otto');
    expect(adapter.pageAccount(other, new URL('https://mastodon.social/@otto'))?.managed).toBe(undefined);
  });
});

describe('viewer', () => {
  const state = (json: string) =>
    `<html><head><script id="initial-state" type="application/json">${json}</script></head><body></body></html>`;
  it('reads initial-state accounts[meta.me].acct, with the page’s host for a local account', () => {
    const doc = docOf(state('{"meta":{"me":"1"},"accounts":{"1":{"acct":"lumen","display_name":"Lumen"}}}'));
    expect(adapter.viewer(doc)).toEqual({ handle: 'lumen@mastodon.social', name: 'Lumen' });
  });
  it('is null when logged out, on malformed or hostile state, never throwing', () => {
    for (const json of [
      '{"meta":{},"accounts":{}}',
      '{"meta":{"me":"1"},"accounts":{}}',
      '{"meta":{"me":"__proto__"},"accounts":{}}',
      '{"meta":{"me":"1"},"accounts":{"1":{"acct":"<img src=x onerror=alert(1)>"}}}',
      '{"meta":{"me":"1"},"accounts":{"1":{"acct":["lumen"]}}}',
      'alert(1)',
      '{"meta":',
    ])
      expect(adapter.viewer(docOf(state(json))), json).toBeNull();
  });
  it('falls back to the ≤4.2 navigation bar’s own-profile link', () => {
    const html = fixture('notifications.html').replace(/<script id="initial-state"[\s\S]*?<\/script>/, '');
    expect(html).not.toContain('<script id="initial-state"');
    expect(adapter.viewer(docOf(html, 'https://mastodon.social/notifications'))).toEqual({
      handle: 'lumen@mastodon.social',
    });
  });
});
