// Upload times as YouTube writes them, in the page's language: ages ("3 days ago", "vor 3 Tagen", "3 日前",
// "Streamed 2 weeks ago") and dates ("Aug 15, 2021", "15.08.2021", "2021/08/15", "15 août 2021"). The words
// come from the runtime's Intl data, as lib/sites/shared/time does, learned in the worker and adopted by the
// page as it starts (lib/page/read-page.ts adoptWorkerUnits); this reads only YouTube's long forms,
// because the shared readers (every site's forms) cost 2 kB of gzip that the 15 kB site script can't carry.
import { DAY } from '@/lib/core/time';
import type { TimeReading } from '@/lib/sites/shared/time/relative';
import type { AgeWords } from '@/lib/sites/shared/time/words';

const UNIT_MS = {
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
};
type Unit = keyof typeof UNIT_MS;

interface Words {
  /** "text before#text after" the number of an age -> its unit's length. */
  ages: Map<string, number>;
  months: string[][];
  monthFirst: boolean;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const cache = new Map<string, Words>();

/** How `locale` (then English) writes "N units ago" for every plural form, its month names and date order. */
function learn(locale: string): Words {
  const ages = new Map<string, number>();
  for (const tag of new Set([locale, 'en'])) {
    const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
    const plural = new Intl.PluralRules(tag);
    const numbers = new Map<string, number>();
    for (let n = 200; n > 0; n--) numbers.set(plural.select(n), n);
    for (const unit of Object.keys(UNIT_MS) as Unit[])
      for (const n of [1, 2, 3, 5, 21, ...numbers.values()]) {
        const parts = rtf.formatToParts(-n, unit);
        const i = parts.findIndex((p) => p.type === 'integer');
        const text = (ps: typeof parts) => norm(ps.map((p) => p.value).join(''));
        const key = `${text(parts.slice(0, i))}#${text(parts.slice(i + 1))}`;
        if (i >= 0 && !ages.has(key)) ages.set(key, UNIT_MS[unit]);
      }
  }
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, m) =>
    (['short', 'long'] as const).map((month) =>
      norm(fmt({ month }).format(Date.UTC(2021, m, 15))).replace(/\.$/, ''),
    ),
  );
  const order = fmt({})
    .formatToParts(Date.UTC(2021, 7, 15))
    .map((p) => p.type);
  return { ages, months, monthFirst: order.indexOf('month') < order.indexOf('day') };
}

function wordsOf(locale: string): Words {
  let w = cache.get(locale);
  if (!w) {
    try {
      w = learn(locale);
    } catch {
      w = learn('en'); // a tag Intl rejects
    }
    cache.set(locale, w);
  }
  return w;
}

/** What a page in `locale` would learn, as a message carries it (the worker's side). */
export function ageWordsOf(locale: string): AgeWords {
  const { ages, months, monthFirst } = wordsOf(locale);
  return { ages: [...ages], months, monthFirst };
}

/** Takes the words the worker learned, before the first read: the page's thread then learns none. */
export function adoptAgeWords(locale: string, w: AgeWords): void {
  cache.set(locale, { ages: new Map(w.ages), months: w.months, monthFirst: w.monthFirst });
}

/** An age with words around it ("Streamed 2 weeks ago", "2 日前にプレミア公開"): the longest known form in it. */
function ageOf(text: string, w: Words, now: number): TimeReading | null {
  const nums = text.match(/\d+/g);
  if (nums?.length !== 1) return null;
  const at = text.indexOf(nums[0]!);
  const pre = norm(text.slice(0, at));
  const post = norm(text.slice(at + nums[0]!.length));
  for (let a = 0; a <= pre.length; a++)
    for (let b = post.length; b >= 0; b--) {
      const unit = w.ages.get(`${pre.slice(a).trim()}#${post.slice(0, b).trim()}`);
      // YouTube floors ages ("3 days ago" from 3 up to 4 days back): the middle is half a unit further back.
      if (unit) return { at: now - (Number(nums[0]) + 0.5) * unit, precision: unit / 2 };
    }
  return null;
}

/** A date with its year, read as noon ± 12 h on YouTube's Pacific clock (its publish dates are Pacific; UNVERIFIED for the text). */
function dateOf(text: string, w: Words): TimeReading | null {
  const nums = (text.match(/\d+/g) ?? []).map(Number);
  const yi = nums.findIndex((n) => n >= 1970 && n <= 2200);
  if (yi < 0 || nums.length > 3) return null;
  const rest = nums.filter((_, i) => i !== yi);
  const named = (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .map((word) => w.months.findIndex((names) => names.includes(word)))
    .find((m) => m >= 0);
  let [month, day] = w.monthFirst || yi === 0 ? rest : [rest[1], rest[0]];
  if (named !== undefined) [month, day] = [named + 1, rest[0]];
  const noon = Date.UTC(nums[yi]!, (month ?? 0) - 1, day, 12);
  if (!month || !day || month > 12 || new Date(noon).getUTCDate() !== day) return null;
  // Noon in Los Angeles is 7 (PDT) or 8 (PST) hours after noon UTC.
  return { at: noon + (pacificSummer(noon) ? 7 : 8) * 36e5, precision: DAY / 2 };
}

/** The day of the month of a month's `n`th Sunday (`n` 0: its last), in UTC. */
function sunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  if (n) return 1 + ((7 - first) % 7) + 7 * (n - 1);
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * Whether noon of the date `noonUtc` (noon UTC of it) is on Pacific daylight time, by the US rules: since
 * 2007, from the second Sunday of March to the first Sunday of November; before, from the first Sunday of
 * April to the last Sunday of October (the rules of 1987-2006; YouTube began in 2005). Worked out here rather
 * than by an Intl formatter in America/Los_Angeles, whose first making in a page cost 25-45 ms of loading
 * Intl's zone data (tests/sites/youtube/time-adopt.test.ts checks every noon of 2005-2035 against Intl).
 */
export function pacificSummer(noonUtc: number): boolean {
  const d = new Date(noonUtc);
  const y = d.getUTCFullYear();
  const day = (m: number, n: number) => Date.UTC(y, m, sunday(y, m, n), 12);
  const [start, end] = y >= 2007 ? [day(2, 2), day(10, 1)] : [day(3, 1), day(9, 0)];
  return noonUtc >= start && noonUtc < end;
}

/** The upload time a text shows; `future` for a scheduled video (not uploaded yet); null when unread. */
export function timeOf(text: string, locale: string, now: number): TimeReading | { future: true } | null {
  if (!text || text.length > 80) return null;
  const w = wordsOf(locale);
  const r = ageOf(text, w, now) ?? dateOf(text, w);
  return r && r.at > now + DAY ? { future: true } : r;
}
