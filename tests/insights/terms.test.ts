// What a post is about: hashtags, and words less their language's stop words; and which texts are one
// message posted on several sites.
import { describe, expect, it } from 'vitest';
import { familyKey } from '@/lib/insights/families';
import { termsOf } from '@/lib/insights/terms';

describe('terms of a post', () => {
  it('reads hashtags once each, in lower case, and keeps them out of the words', () => {
    const t = termsOf('Fresh #Espresso blend! #espresso #SlowMornings_2026 ☕');
    expect(t.hashtags).toEqual(['#espresso', '#slowmornings_2026']);
    expect(t.words).toEqual(['fresh', 'blend']);
  });

  it('drops English stop words, links, mentions, numbers and words under 3 letters', () => {
    const t = termsOf('We are roasting the fresh harvest with @Lumen at https://lumen.example/x 250 g ok');
    expect(t.words).toEqual(['roasting', 'fresh', 'harvest']);
  });

  it("uses the stop words of the post's own language", () => {
    // "die" is a German article but an English word: it goes only from the German post.
    expect(termsOf('Die Ernte ist da und sie ist fruchtig').words).toEqual(['ernte', 'fruchtig']);
    expect(termsOf('Plants die without water, and so does the coffee').words).toContain('die');
  });

  it('treats markup in page text as words, never as markup', () => {
    expect(termsOf('<img src=x onerror=alert(1)> roast').words).toEqual([
      'img',
      'src',
      'onerror',
      'alert',
      'roast',
    ]);
  });

  it('keeps letters of any script and apostrophes inside words', () => {
    expect(termsOf("Café d'origine: l'éthiopie").words).toEqual(['café', "d'origine", "l'éthiopie"]);
  });
});

describe('one message on several sites', () => {
  it('is the same text once case, links, mentions and punctuation are set aside', () => {
    const a = familyKey('Spring blend is back: bright, floral and sweet https://lumen.example/spring');
    const b = familyKey('spring blend is BACK — bright, floral and sweet!');
    expect(a).toBe(b);
    expect(familyKey('Spring blend is back: dark and smoky')).not.toBe(a);
  });
});
