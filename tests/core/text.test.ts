// A post's text as the adapters hand it on: its snippet, its hashtags and its mentions, in several scripts.
import { describe, expect, it } from 'vitest';
import { collapse, hashtagsOf, mentionsOf, snippet, TEXT_MAX } from '@/lib/core/text';

const points = (s: string) => [...s].length;

describe('collapse', () => {
  it.each([
    ['  Fresh   roast\n\ntoday \t', 'Fresh roast today'],
    ['a\u00a0b\u202fc', 'a b c'],
    ['zero\u200bwidth \ufeff space', 'zero width space'],
    ['\n \t', ''],
  ])('%j → %j', (raw, want) => {
    expect(collapse(raw)).toBe(want);
  });
});

describe('snippet', () => {
  it('keeps a text that fits, collapsed', () => {
    expect(snippet('  New   beans  \n today ', 20)).toBe('New beans today');
    expect(snippet('exactly ten', 11)).toBe('exactly ten');
    expect(snippet(' \n ')).toBe('');
  });

  it('cuts a long text at the last word that fits, with "…", at most max characters', () => {
    expect(snippet('The new Ethiopian roast is here today', 20)).toBe('The new Ethiopian…');
    const long = 'word '.repeat(200);
    const s = snippet(long);
    expect(points(s)).toBeLessThanOrEqual(TEXT_MAX);
    expect(s.endsWith('word…')).toBe(true);
    expect(points(s)).toBeGreaterThan(TEXT_MAX - 6);
  });

  it('cuts a text without spaces between characters: Japanese, a long URL', () => {
    const ja = '新しいエチオピアの豆が入荷しました'.repeat(40);
    const s = snippet(ja, 30);
    expect(points(s)).toBe(30);
    expect(s).toBe(`${[...ja].slice(0, 29).join('')}…`);
    expect(snippet(`see https://example.com/${'a'.repeat(80)}`, 40)).toBe(
      `see https://example.com/${'a'.repeat(15)}…`,
    );
  });

  it('never splits an emoji, a flag, a family or an accented letter', () => {
    const family = '👨‍👩‍👧'; // 5 code points
    const flag = '🇨🇳'; // 2 code points
    const e = 'e\u0301'; // e + combining acute
    for (const unit of [family, flag, e, '😀']) {
      const text = unit.repeat(50);
      for (let max = 2; max < 20; max++) {
        const s = snippet(text, max);
        expect(points(s), `${unit} at ${max}`).toBeLessThanOrEqual(max);
        const body = s.slice(0, -1);
        expect(body.length % unit.length, `${unit} at ${max}: ${body}`).toBe(0);
        expect(body.startsWith(unit)).toBe(points(unit) < max);
      }
    }
  });

  it('keeps emoji in the text it keeps', () => {
    expect(snippet('Estoy viajando por China 🇨🇳 y es GAME OVER.', 30)).toBe('Estoy viajando por China 🇨🇳…');
  });
});

describe('hashtagsOf', () => {
  it.each<[string, string[]]>([
    ['Fresh roast #coffee #Espresso!', ['#coffee', '#Espresso']],
    ['#café au lait, #crème_brûlée.', ['#café', '#crème_brûlée']],
    ['東京で #東京カフェ と #コーヒー', ['#東京カフェ', '#コーヒー']],
    ['Привет #кофе и #Москва2026', ['#кофе', '#Москва2026']],
    ['مرحبا #قهوة', ['#قهوة']],
    ['नमस्ते #नमस्ते', ['#नमस्ते']],
    ['Yes #2026goals, not #1 nor #2026', ['#2026goals']],
    ['#Coffee and #coffee and #COFFEE', ['#Coffee']],
    ['no tag: a#b, C#, &#39;, # alone, ##', []],
    ['see https://example.com/page#section and www.example.com/#top', []],
    ['(#inparens) "#quoted" line\n#start', ['#inparens', '#quoted', '#start']],
    ['#coffee’s best', ['#coffee']],
  ])('%j → %j', (text, want) => {
    expect(hashtagsOf(text)).toEqual(want);
  });
});

describe('mentionsOf', () => {
  it.each<[string, string[]]>([
    ['Thanks @LumenRoasters and @baristabeth!', ['@LumenRoasters', '@baristabeth']],
    ['cc @lumen@mastodon.social, @ana@café.example.', ['@lumen@mastodon.social', '@ana@café.example']],
    ['with @lumen.roasters. and @lumen.bsky.social', ['@lumen.roasters', '@lumen.bsky.social']],
    ['mail hello@lumen.coffee or a.b@example.org', []],
    ['https://mastodon.social/@lumen and https://x.com/@x', []],
    ['@ノースウィンド さん、@zoë と', ['@ノースウィンド', '@zoë']],
    ['meet @ 5, @2026 or @_', []],
    ['@Lumen @lumen', ['@Lumen']],
    ['(@inparens) "@quoted"', ['@inparens', '@quoted']],
    ['@lumen@host without a dot', ['@lumen']],
  ])('%j → %j', (text, want) => {
    expect(mentionsOf(text)).toEqual(want);
  });
});
