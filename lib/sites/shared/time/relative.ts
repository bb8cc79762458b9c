// Reads a relative post time ("3h", "vor 3 Std.", "3時間前", "hace 2 días", "yesterday") in the page's
// UI language, with the words learned from Intl (see relative-vocab.ts). Pure; no DOM.
import { MINUTE } from '@/lib/core/time';
import { type Meaning, patternKey, type RelativeVocab, relativeVocab, UNIT_MS } from './relative-vocab';
import { normalizeTimeText, squash } from './text';

export interface TimeReading {
  at: number;
  /** How far off `at` can be, in ms: half the unit shown ("3h" → ±30 min; "2 d" → ±12 h) */
  precision: number;
}

// LinkedIn: "3d • Edited • Visible to anyone"; X: "@name · 3h". The time is one of the pieces.
const SEPARATORS = /[•·|\u2219\u22c5]/;
const EDITED = /\(?\bedited\b\)?/g;
// Longer text is a sentence, not a timestamp; bounds the work on untrusted input.
const MAX_TEXT = 120;
const MAX_COUNT = 100_000;

function reading(meaning: Meaning, n: number, now: number): TimeReading {
  const unit = UNIT_MS[meaning.unit];
  if (meaning.calendar) {
    // "now" means within the last minute; "today", "this week": somewhere in the current unit.
    if (n === 0) {
      const span = meaning.unit === 'second' ? MINUTE : unit;
      return { at: now - span / 2, precision: span / 2 };
    }
    // "yesterday" at 23:00 can be 47 h back: a calendar word spans a whole unit either side.
    return { at: now - n * unit, precision: unit };
  }
  return { at: now - n * unit, precision: unit / 2 };
}

function readPiece(piece: string, vocab: RelativeVocab, now: number): TimeReading | null {
  const numbers = piece.match(/\d+/g);
  if (!numbers) {
    const phrase = vocab.phrases.get(squash(piece));
    return phrase ? reading(phrase, phrase.value ?? 0, now) : null;
  }
  if (numbers.length !== 1) return null;
  const digits = numbers[0] as string;
  const at = piece.indexOf(digits);
  const meaning = vocab.patterns.get(patternKey(piece.slice(0, at), piece.slice(at + digits.length)));
  const n = Number(digits);
  if (!meaning || n > MAX_COUNT) return null;
  return reading(meaning, n, now);
}

/**
 * The time `text` ("3h", "2 d", "vor 3 Std.", "3時間前", "hace 2 días", "Just now", "3d • Edited")
 * stands for, counted back from `now`; null when it is not a relative time. `locale` is the page's UI
 * language; English and compact site forms are always understood too.
 */
export function parseRelativeTime(text: string, locale: string, now: number): TimeReading | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT || !Number.isFinite(now)) return null;
  try {
    const vocab = relativeVocab(locale);
    for (const part of normalizeTimeText(text).split(SEPARATORS)) {
      const piece = part.replace(EDITED, '').trim();
      if (!piece) continue;
      const r = readPiece(piece, vocab, now);
      if (r) return r;
    }
    return null;
  } catch {
    return null;
  }
}
