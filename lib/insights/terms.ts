// What a post is about, from its text: its hashtags, and its other words less the stop words of its
// language. Page text is only ever split into words here, never read as markup.
// Stop words: the `stopword` package (maintained lists for 60 languages, one small array per language,
// so only the languages imported here are bundled), rather than a hand-kept list.
import { dan, deu, eng, fin, fra, ita, nld, nob, pol, por, rus, spa, swe, ukr } from 'stopword';

const LANGUAGES = [eng, deu, fra, spa, ita, por, nld, swe, dan, nob, fin, pol, rus, ukr].map(
  (list) => new Set(list.map((w) => w.toLowerCase())),
);

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const HASHTAG = /(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
const WORD = /\p{L}[\p{L}\p{M}\p{N}']*/gu;
/** Shorter words ("ok", "go") say little about a topic. */
const MIN_WORD = 3;

export interface Terms {
  /** `#espresso`, lower case, each once. */
  hashtags: string[];
  /** `espresso`, lower case, each once, stop words of the post's language left out. */
  words: string[];
}

/** The stop-word list that covers most of the words (the post's language), or none when none does. */
function stopWordsFor(words: readonly string[]): Set<string> | null {
  let best: Set<string> | null = null;
  let hits = 0;
  for (const set of LANGUAGES) {
    let h = 0;
    for (const w of words) if (set.has(w)) h++;
    if (h > hits) {
      best = set;
      hits = h;
    }
  }
  return best;
}

export function termsOf(text: string): Terms {
  const t = text.normalize('NFKC').toLowerCase().replaceAll('’', "'").replace(URL, ' ');
  const hashtags = new Set<string>();
  for (const m of t.matchAll(HASHTAG)) hashtags.add(`#${m[2]}`);
  const rest = t.replace(HASHTAG, '$1 ').replace(MENTION, '$1 ');
  const all = (rest.match(WORD) ?? []).map((w) => w.replace(/'+$/, ''));
  const stop = stopWordsFor(all);
  const words = new Set<string>();
  for (const w of all) if ([...w].length >= MIN_WORD && !stop?.has(w)) words.add(w);
  return { hashtags: [...hashtags], words: [...words] };
}
