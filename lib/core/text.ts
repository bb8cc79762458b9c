// A post's text as a plain string: its snippet, and the hashtags and mentions in it. Pure: the text was
// read off the page as text (never as HTML) by the site adapters, and is only split here.

/** The longest text a reading carries, in characters (code points), "…" included. */
export const TEXT_MAX = 500;

/**
 * Runs of whitespace, with the invisible characters pages leave between words (zero-width space, word joiner)
 * and the blank braille cell Instagram captions use as an empty line.
 */
const SPACE = /[\s\u200b\u2060\ufeff\u2800]+/gu;

/** The text with every run of whitespace (line breaks, NBSP, zero-width spaces) as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(SPACE, ' ').trim();
}

/**
 * `text` collapsed and, when longer than `max` characters (code points), cut to at most `max` with a
 * closing "…": at the last space that keeps at least half of it, else (a long word, a URL, Japanese or
 * Chinese without spaces) between two characters, never inside one (an emoji, a flag, an accented
 * letter: the cut moves back to where that grapheme starts). "" when there is no text.
 */
export function snippet(text: string, max: number = TEXT_MAX): string {
  const t = collapse(text);
  // No more UTF-16 units than `max`, so no more code points: most posts, without splitting them.
  if (t.length <= max) return t;
  const points = [...t];
  if (points.length <= max) return t;
  const n = points.slice(0, max - 1).join('').length;
  const hard = t.slice(0, new Intl.Segmenter().segment(t).containing(n)?.index ?? n);
  const space = hard.lastIndexOf(' ');
  return `${(space >= hard.length / 2 ? hard.slice(0, space) : hard).trimEnd()}…`;
}

/** Links are left out first: `https://example.com/#top` holds no hashtag, `https://mastodon.social/@a` no mention. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;

/**
 * A hashtag: `#` after a space, punctuation or the start (not inside a word: `a#b`, `&#39;`), then letters,
 * digits, marks and `_` with at least one letter, as X, Instagram and Mastodon link them: `#café`, `#東京`,
 * `#नमस्ते`, `#2026goals`, never `#1` or `#2026` alone.
 */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

/**
 * A mention: `@handle` after a space, punctuation or the start (not inside a word, so no e-mail address),
 * the handle of letters, digits, `_`, and `.` or `-` inside it (Instagram's `lumen.roasters`, Bluesky's
 * `lumen.bsky.social`), with at least one letter; then, for Mastodon, `@server.tld`.
 */
const MENTION =
  /(?<![\p{L}\p{M}\p{N}_.@/])@([\p{L}\p{M}\p{N}_]+(?:[.-][\p{L}\p{M}\p{N}_]+)*)(@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu;

/** Each match once, as first written, compared without case (`#Coffee` and `#coffee` are one tag). */
function unique(found: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of found) {
    const key = f.normalize('NFKC').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The hashtags of a post's text, `#` included, in order of first use, each once. */
export function hashtagsOf(text: string): string[] {
  const t = text.replace(LINK, ' ');
  return unique(Array.from(t.matchAll(HASHTAG), (m) => `#${m[1]}`));
}

/** The accounts a post's text mentions, `@` included (`@lumen`, `@lumen@mastodon.social`), each once. */
export function mentionsOf(text: string): string[] {
  const t = text.replace(LINK, ' ');
  const found: string[] = [];
  for (const m of t.matchAll(MENTION)) if (/\p{L}/u.test(m[1] ?? '')) found.push(`@${m[1]}${m[2] ?? ''}`);
  return unique(found);
}
