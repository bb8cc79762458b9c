// LinkedIn's short ages ("1h •" in the real home-feed capture, "4d • Edited" on the real guest page; "20m",
// "2w", "3mo", "1yr"), for the rare card whose id gives no time. A reader of its own rather than the shared
// multilingual one, which would not fit in the site script's size budget: other languages give no time.
import { DAY, HOUR, MINUTE, WEEK } from '@/lib/core/time';

const UNIT: Record<string, number> = {
  m: MINUTE,
  h: HOUR,
  d: DAY,
  w: WEEK,
  mo: 30.44 * DAY,
  yr: 365.25 * DAY,
};
// At the start of a piece: "4d Edited" (guest pages draw the bullet in CSS), never "20 min" or "3 days".
const AGE = /^(\d{1,3}) ?(mo|yr|m|h|d|w)(?![a-z])/i;

/** The time `text` stands for, counted back from `now`, give or take half its unit; null when it is no age. */
export function shortAge(text: string, now: number): { at: number; precision: number } | null {
  for (const piece of text.slice(0, 120).split(/[•·]/)) {
    const m = AGE.exec(piece.trim());
    const unit = m ? UNIT[m[2]!.toLowerCase()] : undefined;
    if (m && unit) return { at: now - Number(m[1]) * unit, precision: unit / 2 };
  }
  return null;
}
