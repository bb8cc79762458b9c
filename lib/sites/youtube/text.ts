// Reading YouTube's counts: views ("1.2M views", "1,2 Mio. Aufrufe", "12万 回視聴") and the exact count a label
// may hold beside them.
import { type Count, exactCount } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';

export const squashed = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A view count as shown. "No views" (English; public userscripts test for it) is 0; other digitless text is unread. */
export function viewsOf(text: string, locale: string): Count | null {
  const t = squashed(text);
  if (/^no views$/i.test(t)) return exactCount(0);
  return /\d/.test(t) ? parseCount(t, locale) : null;
}

/** The last whole number in a label ("… 19 minutes 3,303,975 views"), kept only if the shown range allows it. */
export function exactWithin(label: string | null | undefined, shown: Count, locale: string): Count {
  const m = /(\d(?:[.,\u00a0\u202f' ]?\d)*)(?!.*\d)/s.exec(label ?? '');
  const exact = m ? parseCount(m[1]!, locale) : null;
  const fits =
    exact && exact.min === exact.max && exact.min >= shown.min && exact.min <= (shown.max ?? exact.min);
  return fits ? exact : shown;
}
