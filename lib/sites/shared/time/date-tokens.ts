// Splits a short date as pages print it into tokens: learned words, numbers, an all-numeric date,
// a time of day, punctuation. Anything else makes the whole text not a date. Pure; no DOM.
import type { DateVocab, Word } from './date-vocab';

export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'number'; value: number; digits: number }
  | { kind: 'numeric'; fields: number[]; widths: number[]; sep: string }
  | { kind: 'time'; hour: number; minute: number }
  | { kind: 'punct' };

// Letters of scripts written without spaces: a word there may touch the next letter.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const PUNCT = /[\p{P}\p{S}]/uy;
const NUMBER = /\d+/y;
// TikTok "5-30", "2021-5-30"; de "30.5."; ko "2021. 8. 15."; ar "15/8/2021" once RLMs are gone.
// Not when a time follows: hu "január 1. 9:05".
const NUMERIC = /(\d{1,4})([-/.]) ?(\d{1,2})(?: ?\2 ?(\d{1,4}))?\.?(?![\d:])/y;

const timeRegex = new Map<string, RegExp>();

function timePattern(separators: string): RegExp {
  let re = timeRegex.get(separators);
  if (!re) {
    // Not followed by another field: fi "11.02" is a time, "15.08.2021" and "1.10." dates.
    const sep = `[:${separators.replace(/[\\\]^-]/g, '\\$&')}]`;
    re = new RegExp(`(\\d{1,2})${sep}(\\d{2})(?:${sep}\\d{2})?(?!\\d|\\.|[-/]\\d)`, 'y');
    timeRegex.set(separators, re);
  }
  return re;
}

// A word may not end inside a longer word ("mar" in "mardi"), except in unspaced scripts.
function endsWord(text: string, end: number): boolean {
  const last = text[end - 1] ?? '';
  const next = text[end] ?? '';
  if (!LETTER.test(last) || !LETTER.test(next)) return true;
  return UNSPACED.test(last) || UNSPACED.test(next);
}

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Tokens of normalized `text`, or null when some part of it is not a known word or number. */
export function tokenize(text: string, vocab: DateVocab): Token[] | null {
  const out: Token[] = [];
  const time = timePattern(vocab.timeSeparators);
  let pos = 0;
  while (pos < text.length) {
    if (text[pos] === ' ') {
      pos++;
      continue;
    }
    let m = matchAt(time, text, pos);
    if (m) {
      out.push({ kind: 'time', hour: Number(m[1]), minute: Number(m[2]) });
      pos += m[0].length;
      continue;
    }
    const word = vocab.words.find((w) => text.startsWith(w.text, pos) && endsWord(text, pos + w.text.length));
    if (word) {
      out.push({ kind: 'word', word });
      pos += word.text.length;
      continue;
    }
    m = matchAt(NUMERIC, text, pos);
    if (m) {
      const raw = [m[1], m[3], m[4]].filter((f): f is string => f !== undefined);
      out.push({
        kind: 'numeric',
        fields: raw.map(Number),
        widths: raw.map((f) => f.length),
        sep: m[2] as string,
      });
      pos += m[0].length;
      continue;
    }
    m = matchAt(NUMBER, text, pos);
    if (m) {
      out.push({ kind: 'number', value: Number(m[0]), digits: m[0].length });
      pos += m[0].length;
      continue;
    }
    if (matchAt(PUNCT, text, pos)) {
      out.push({ kind: 'punct' });
      pos += (text.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    return null;
  }
  return out;
}
