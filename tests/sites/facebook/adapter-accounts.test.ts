// The Facebook adapter naming accounts and posts: link shapes (ids, authors, what it refuses), the account a
// URL is about, the viewer and the page's account.
import { describe, expect, it } from 'vitest';
import { facebookAdapter as adapter } from '@/lib/sites/facebook/adapter';
import { accountOfUrl, parsePostHref } from '@/lib/sites/facebook/links';
import { docOf, PFBID, page, postHtml, useCleanup } from './setup';

useCleanup();

describe('links', () => {
  it('reads a post link’s id and author as the site writes them, without tracking parameters', () => {
    expect(
      parsePostHref(`https://www.facebook.com/LumenRoasters/posts/${PFBID}?__cft__[0]=AZ&__tn__=R`),
    ).toEqual({
      id: PFBID,
      author: 'LumenRoasters',
      url: `https://www.facebook.com/LumenRoasters/posts/${PFBID}`,
    });
    // The canonical link puts a slug before the number (real capture's <link rel=canonical>).
    expect(
      parsePostHref('https://www.facebook.com/salmanmd.sultan.1/posts/closed-eid/3741738029450159/'),
    ).toEqual({
      id: '3741738029450159',
      author: 'salmanmd.sultan.1',
      url: 'https://www.facebook.com/salmanmd.sultan.1/posts/3741738029450159',
    });
    expect(
      parsePostHref('https://m.facebook.com/story.php?story_fbid=1203344556677889&id=100064123456789'),
    ).toEqual({
      id: '1203344556677889',
      author: '100064123456789',
      url: 'https://www.facebook.com/story.php?story_fbid=1203344556677889&id=100064123456789',
    });
    expect(parsePostHref('/reel/1122334455667788')?.id).toBe('1122334455667788');
  });

  it('refuses comments, groups, other sites, bad ids and app paths', () => {
    for (const href of [
      `https://www.facebook.com/LumenRoasters/posts/${PFBID}?comment_id=1182736450912345`,
      `https://www.facebook.com/LumenRoasters/posts/${PFBID}?comment_id=1&reply_comment_id=2`,
      'https://www.facebook.com/groups/123456789012345/posts/987654321098765/',
      `https://evil.example/LumenRoasters/posts/${PFBID}`,
      `http://www.facebook.com/LumenRoasters/posts/${PFBID}`,
      'https://www.facebook.com/LumenRoasters/posts/<img>',
      'https://www.facebook.com/permalink.php?story_fbid=123&id=abc',
      'https://www.facebook.com/photo/?fbid=1040512233445566&set=a.1',
      'https://www.facebook.com/LumenRoasters',
      '#',
    ])
      expect(parsePostHref(href), href).toBeNull();
  });

  it('names the account a URL is about', () => {
    const of = (u: string) => accountOfUrl(new URL(u));
    expect(of('https://www.facebook.com/LumenRoasters/')).toBe('LumenRoasters');
    expect(of('https://www.facebook.com/profile.php?id=100064123456789&sk=photos')).toBe('100064123456789');
    expect(of('https://www.facebook.com/people/Lumen-Roasters/100064123456789/')).toBe('100064123456789');
    expect(of('https://web.facebook.com/permalink.php?story_fbid=1&id=100064123456789')).toBe(
      '100064123456789',
    );
    for (const u of [
      'https://www.facebook.com/',
      'https://www.facebook.com/watch/?v=1',
      'https://www.facebook.com/groups/lumenfans',
      'https://www.facebook.com/marketplace',
      'https://www.facebook.com/profile.php',
      'https://www.facebook.com/abc',
    ])
      expect(of(u), u).toBeNull();
  });
});

describe('viewer and page account', () => {
  const json = (user: string) =>
    `<script type="application/json" data-sjs="">{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["CurrentUserInitialData",[],${user},270]]}}]]]}</script>`;
  const rail =
    '<div data-pagelet="LeftRail"><ul><li><a role="link" href="https://www.facebook.com/maria.keller.5">Maria</a></li></ul></div>';

  it('reads the person from the page’s JSON, with the left rail’s vanity name as the handle', () => {
    const user = json('{"USER_ID":"100008765432101","NAME":"Maria Keller"}');
    expect(adapter.viewer(docOf(`<html><head>${user}</head><body>${rail}</body></html>`))).toEqual({
      handle: 'maria.keller.5',
      name: 'Maria Keller',
      aliases: ['100008765432101'],
    });
    expect(adapter.viewer(docOf(`<html><head>${user}</head><body></body></html>`))).toEqual({
      handle: '100008765432101',
      name: 'Maria Keller',
    });
    expect(adapter.viewer(docOf(`<html><body>${rail}</body></html>`))).toEqual({ handle: 'maria.keller.5' });
  });

  it('is null logged out and on malformed or hostile JSON, never throwing', () => {
    for (const user of [
      '{"USER_ID":"0","NAME":""}',
      '{"USER_ID":100008765432101}',
      '{"USER_ID":"<img src=x onerror=alert(1)>"}',
      '{"USER_ID":"1000087654',
      'alert(1)',
    ])
      expect(adapter.viewer(docOf(`<html><head>${json(user)}</head><body></body></html>`)), user).toBeNull();
  });

  it('knows the Page is managed when the viewer has switched into it, and only then without admin tools', () => {
    const asPage = json('{"USER_ID":"100064123456789","NAME":"Kaffeerösterei Lumen"}');
    const doc = docOf(`<html><head>${asPage}</head><body></body></html>`);
    const url = new URL('https://www.facebook.com/profile.php?id=100064123456789');
    expect(adapter.pageAccount(doc, url)).toEqual({ handle: '100064123456789', managed: true });
    expect(adapter.pageAccount(doc, new URL('https://www.facebook.com/NorthwindCoffee'))).toEqual({
      handle: 'NorthwindCoffee',
    });
    expect(adapter.pageAccount(doc, new URL('https://www.facebook.com/'))).toBeNull();
  });

  it('does not take a Professional dashboard link inside a post as the Page’s admin tools', () => {
    const tools = '<a href="https://www.facebook.com/professional_dashboard/">dashboard</a>';
    const inPost = docOf(page(postHtml({ inner: tools })));
    expect(
      adapter.pageAccount(inPost, new URL('https://www.facebook.com/LumenRoasters'))?.managed,
    ).toBeUndefined();
    const inHeader = docOf(page(tools + postHtml()));
    expect(adapter.pageAccount(inHeader, new URL('https://www.facebook.com/LumenRoasters'))?.managed).toBe(
      true,
    );
  });
});
