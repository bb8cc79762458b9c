// Text normalization shared by the relative and absolute time parsers. Pure; no DOM.
import { normalizeCountText } from '@/lib/sites/shared/count/digits';

// Minus look-alikes: sv/fr/ru narrow forms write "−3 h" (U+2212); sites type a hyphen.
const MINUS = /[\u2212\u2010\u2011\u2012\u2013\uFE63\uFF0D]/g;

/**
 * Page or Intl text in one comparable form: ASCII digits (any Nd digit set), single ' ' spaces
 * (NBSP, NNBSP too), no bidi or other invisible marks, hyphen for minus, lower case, trimmed.
 */
export function normalizeTimeText(text: string): string {
  return normalizeCountText(text).replace(MINUS, '-').toLowerCase().trim();
}

/** The same text without spaces: Intl spaces "3 時間前", pages often write "3時間前". */
export function squash(text: string): string {
  return text.replace(/ /g, '');
}

/** A BCP 47 tag the runtime accepts, or undefined (Intl would throw on it). */
export function safeLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A bounded cache: page text is untrusted, so the number of locales seen is too. */
export function boundedCache<V>(max: number): { get(key: string, make: () => V): V } {
  const map = new Map<string, V>();
  return {
    get(key, make) {
      const hit = map.get(key);
      if (hit !== undefined) return hit;
      const v = make();
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(key, v);
      return v;
    },
  };
}
