// Where a unit word sits around a number in a count's text: after it ("2.3K", "1,2 Mio."), before it
// ("elfu 1.2") or both ("ဋေ ၂.၃ သိန်း"), from a locale's unit table (units.ts). Pure; no DOM.
import type { UnitEntry, UnitTable } from './units';

export const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** A unit found: 10^exp, where the text after it starts, whether it came before the number, and which. */
interface Unit {
  exp: number;
  end: number;
  pre: boolean;
  entry: UnitEntry;
}

function startsAt(s: string, i: number, e: UnitEntry, lower: boolean): boolean {
  const hit = lower ? s.slice(i, i + e.text.length).toLowerCase() === e.lower : s.startsWith(e.text, i);
  if (!hit) return false;
  const next = s.codePointAt(i + e.text.length);
  return !e.bound || next === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(next));
}

function endsAt(s: string, j: number, e: UnitEntry, lower: boolean): boolean {
  const i = j - e.text.length;
  if (i < 0) return false;
  const hit = lower ? s.slice(i, j).toLowerCase() === e.lower : s.startsWith(e.text, i);
  if (!hit) return false;
  const prev = i > 0 ? s[i - 1] : undefined;
  return !e.bound || prev === undefined || !LETTER_OR_DIGIT.test(prev);
}

/** The first match in a first-character bucket of suffix units. */
function matchPost(
  s: string,
  i: number,
  spaced: boolean,
  list: UnitEntry[] | undefined,
  lower: boolean,
): Unit | undefined {
  if (!list) return undefined;
  let hit: UnitEntry | undefined;
  for (const e of list) {
    if (!startsAt(s, i, e, lower)) continue;
    if (!hit) hit = e;
    // Same word, other meaning with and without the space (bn "১ কো" crore, "১কো" 10^11):
    // within one locale the text's spacing decides; across locales, priority does.
    if (e.spaced === spaced && e.source === hit.source && e.text.length === hit.text.length) {
      hit = e;
      break;
    }
  }
  return hit && { exp: hit.exp, end: i + hit.text.length, pre: false, entry: hit };
}

/** The unit of table t after (or before, or around) the number at [p, end). */
export function findUnit(s: string, p: number, end: number, t: UnitTable): Unit | undefined {
  const spaced = s[end] === ' ';
  const i = spaced ? end + 1 : end;
  const j = s[p - 1] === ' ' ? p - 1 : p;
  for (const u of t.split) {
    if (startsAt(s, i, u.post, false) && endsAt(s, j, u.pre, false)) {
      return { exp: u.exp, end: i + u.post.text.length, pre: true, entry: u.post };
    }
  }
  const first = s[i];
  if (first !== undefined) {
    const hit =
      matchPost(s, i, spaced, t.post.get(first), false) ??
      matchPost(s, i, spaced, t.postLower.get(first.toLowerCase()), true);
    if (hit) return hit;
  }
  for (const e of t.pre)
    if (endsAt(s, j, e, false) || endsAt(s, j, e, true)) return { exp: e.exp, end, pre: true, entry: e };
  return undefined;
}
