// The Instagram adapter on which pages it reads (the page kinds), the viewer and the page's account.
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import { docOf, fixture, HOME, nav, page, useCleanup } from './setup';

useCleanup();

describe('pageKind', () => {
  const kind = (path: string) => adapter.pageKind(new URL(`https://www.instagram.com${path}`));
  it.each([
    '/',
    '/p/DfehxefgAiZ/',
    '/reel/Dfc56IzgAj9/',
    '/tv/CabcdEFGhij/',
    '/northwind.coffee/p/DfehxefgAiZ/',
    '/p/DfehxefgAiZ/c/17912345678901234/',
    '/p/DfehxefgAiZ/liked_by/',
    '/northwind.coffee/',
    '/northwind.coffee/reels/',
    '/northwind.coffee/followers/',
    '/gdg_rbu',
  ])('%s shows posts', (path) => expect(kind(path)).toMatchObject({ posts: true }));
  it.each([
    '/explore/',
    '/explore/tags/coffee/',
    '/accounts/edit/',
    '/direct/inbox/',
    '/stories/northwind.coffee/3456789012345678901/',
    '/legal/privacy/',
    '/your_activity/interactions/likes',
  ])('%s shows no post of an account, and says so', (path) =>
    expect(kind(path)).toEqual({ posts: false, why: 'this Instagram page shows no posts of an account' }),
  );
  it('says why the Reels feed and a profile’s tagged, saved and reposts tabs are not read', () => {
    expect(kind('/reels/Dfc56IzgAj9/')).toEqual({
      posts: false,
      why: 'Resonance reads the home feed, profiles and post pages, not the Reels feed',
    });
    for (const tab of ['tagged', 'saved', 'reposts'])
      expect(kind(`/northwind.coffee/${tab}/`)).toEqual({
        posts: false,
        why: 'this tab shows other accounts’ posts, not this account’s',
      });
  });
});

describe('viewer', () => {
  it('is the side navigation’s profile link, in any language', () => {
    expect(adapter.viewer(docOf(page('')))).toEqual({ handle: 'northwind.coffee' });
    const pt = `<html lang="pt-br"><body><main role="main"></main>${nav('padaria.aurora', 'Foto do perfil de padaria.aurora')}</body></html>`;
    expect(adapter.viewer(docOf(pt))).toEqual({ handle: 'padaria.aurora' });
  });

  it('is never a picture inside the page’s content, nor a link whose picture names someone else', () => {
    const inMain = `<html><body><main role="main">${nav('baristabeth')}</main></body></html>`;
    expect(adapter.viewer(docOf(inMain))).toBeNull();
    const mismatch = `<html><body><main role="main"></main>${nav('northwind.coffee', "baristabeth's profile picture")}</body></html>`;
    expect(adapter.viewer(docOf(mismatch))).toBeNull();
    const reserved = `<html><body><main role="main"></main>${nav('explore')}</body></html>`;
    expect(adapter.viewer(docOf(reserved))).toBeNull();
    expect(adapter.viewer(docOf('<html><body><main role="main"></main></body></html>'))).toBeNull();
  });
});

describe('page account', () => {
  const of = (html: string, url: string) => adapter.pageAccount(docOf(html, url), new URL(url));
  it('is the profile of the address, managed only where the profile shows its edit link', () => {
    const own = fixture('profile-grid.html');
    expect(of(own, 'https://www.instagram.com/northwind.coffee/')).toEqual({
      handle: 'northwind.coffee',
      managed: true,
    });
    expect(of(page(''), 'https://www.instagram.com/northwind.coffee/reels/')).toEqual({
      handle: 'northwind.coffee',
    });
  });

  it('is the post’s author on a post page, from the address or the post, never managed', () => {
    expect(of(page(''), 'https://www.instagram.com/padaria.aurora/p/DfehxefgAiZ/')).toEqual({
      handle: 'padaria.aurora',
    });
    const hidden = fixture('hidden-likes.html');
    expect(of(hidden, 'https://www.instagram.com/p/DfUxxEzgAlh/')).toEqual({ handle: 'northwind.coffee' });
    // A post page whose post is another: no account.
    expect(of(hidden, 'https://www.instagram.com/p/DfRneyTgAli/')).toBeNull();
  });

  it('is none on the home feed and the site’s own pages', () => {
    expect(of(page(''), HOME)).toBeNull();
    expect(of(page(''), 'https://www.instagram.com/explore/')).toBeNull();
  });
});
