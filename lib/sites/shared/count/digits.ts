// Text normalization for count parsing: every decimal digit system to ASCII, every space to ' ',
// invisible marks removed. Pure; no DOM.

const ND = /\p{Nd}/u;
const ZS = /\p{Zs}/u;
const CF = /\p{Cf}/u;

// Look-alike punctuation sites put between digits (full-width CJK forms, typographic apostrophe).
const PUNCT: Record<number, string> = {
  8217: "'", // RIGHT SINGLE QUOTATION MARK: Swiss grouping as typeset (1’234’567)
  65292: ',', // FULLWIDTH COMMA
  65294: '.', // FULLWIDTH FULL STOP
  65287: "'", // FULLWIDTH APOSTROPHE
  65291: '+', // FULLWIDTH PLUS
};

// Unicode encodes every Nd digit set as 10 consecutive code points, 0 to 9, and adjacent sets
// (mathematical digits) also start on a zero: so the value is the distance from the start of
// the contiguous Nd run, mod 10. Saves a hand-kept table of digit blocks.
function ndValue(cp: number): number {
  let start = cp;
  while (start > 0 && cp - start < 100 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

// Non-ASCII code point -> replacement ('' = drop). Bounded so random input can't grow it forever.
const cache = new Map<number, string>();
const CACHE_MAX = 4096;

function mapNonAscii(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (PUNCT[cp] !== undefined) out = PUNCT[cp];
  else if (ND.test(ch)) out = String(ndValue(cp));
  else if (ZS.test(ch)) out = ' ';
  else if (CF.test(ch))
    out = ''; // LRM, RLM, ALM, ZWJ/ZWNJ, bidi isolates, soft hyphen
  else out = ch;
  if (cache.size < CACHE_MAX) cache.set(cp, out);
  return out;
}

// Fast path: plain ASCII with no control characters needs only space collapsing.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Returns `text` with all Nd digits as ASCII, any space or tab as a single ' ', and Cf marks
 * removed. `extraDigits` maps a locale's non-Nd digits (e.g. hanidec 〇一二…) to ASCII.
 */
export function normalizeCountText(text: string, extraDigits?: ReadonlyMap<string, string>): string {
  if (!extraDigits && PLAIN_ASCII.test(text)) return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  let out = '';
  let lastSpace = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    let rep: string;
    if (extraDigits?.has(ch)) rep = extraDigits.get(ch) as string;
    else if (cp < 0x80) rep = cp <= 0x20 || cp === 0x7f ? (cp === 0 ? '' : ' ') : ch;
    else rep = mapNonAscii(cp);
    if (rep === ' ') {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else if (rep !== '') {
      out += rep;
      lastSpace = false;
    }
  }
  return out;
}

/** Normalizes a unit word learned from Intl the same way as page text, trimmed. */
export function normalizeUnitText(text: string): string {
  return normalizeCountText(text).trim();
}
