// ownFirst takes the post's first match at once when it is the post's own, and otherwise looks past
// matches inside an embedded post (a quote card, a nested article) to the post's own. actionBarOf finds the
// bar that ends a post by its last children, and otherwise the post's own last bar, never a quoted one.
import { describe, expect, it } from 'vitest';
import { selector } from '@/lib/sites/selector';
import { actionBarOf, ownAll, ownFirst } from '@/lib/sites/x/scope';
import { parsePage } from '@/scripts/lib/dom';

const TEXT = selector('[data-testid="tweetText"]', 'test', []);
const OTHER = selector('[data-testid="missing"]', 'test', []);

function postOf(body: string): Element {
  const doc = parsePage(`<article id="post">${body}</article>`, 'https://x.com/home').document;
  return doc.getElementById('post')!;
}

describe('ownFirst', () => {
  it('takes the first match when it is the post’s own', () => {
    const post = postOf(
      '<div data-testid="tweetText">own</div><div role="link"><div data-testid="tweetText">quoted</div></div>',
    );
    expect(ownFirst(post, TEXT)?.textContent).toBe('own');
  });

  it('looks past a first match inside a quote card or a nested article', () => {
    const card = postOf(
      '<div role="link"><div data-testid="tweetText">quoted</div></div><div data-testid="tweetText">own</div>',
    );
    expect(ownFirst(card, TEXT)?.textContent).toBe('own');
    const nested = postOf(
      '<article><div data-testid="tweetText">quoted</div></article><p data-testid="tweetText">own</p>',
    );
    expect(ownFirst(nested, TEXT)?.textContent).toBe('own');
  });

  it('finds nothing when every match is embedded, and tries the next selector of a list', () => {
    const post = postOf(
      '<div role="link"><div data-testid="tweetText">quoted</div></div><a role="link" data-testid="missing">x</a>',
    );
    expect(ownFirst(post, TEXT)).toBeNull();
    expect(ownAll(post, TEXT)).toEqual([]);
    // A link (`<a role=link>`) is not a quote card: its match is the post's own.
    expect(ownFirst(post, [TEXT, OTHER])?.textContent).toBe('x');
  });
});

describe('actionBarOf', () => {
  const idOf = (body: string) => actionBarOf(postOf(body))?.id;

  it('takes the bar that ends the post, also with a badge placed after it', () => {
    expect(idOf('<div><div><p>words</p><div role="group" id="bar"></div></div></div>')).toBe('bar');
    expect(idOf('<div><div role="group" id="bar"></div><resonance-badge></resonance-badge></div>')).toBe(
      'bar',
    );
  });

  it('finds the post’s last bar when the post goes on after it (a focused post’s reply box)', () => {
    expect(
      idOf(
        '<div><div role="group" id="a"></div><div><div role="group" id="b"></div><p>reply</p></div></div>',
      ),
    ).toBe('b');
  });

  it('never takes the bar of a post it quotes, even one that ends it', () => {
    const quoted = '<div role="link"><div role="group" id="quoted"></div></div>';
    expect(idOf(`<div><div role="group" id="own"></div>${quoted}</div>`)).toBe('own');
    expect(idOf(`<div><p>words</p>${quoted}</div>`)).toBeUndefined();
  });
});
