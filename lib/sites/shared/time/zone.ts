// Wall-clock time in an IANA time zone <-> epoch ms, through Intl (no tz database of our own). Pure.
import { boundedCache } from './text';

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const formats = boundedCache<Intl.DateTimeFormat>(16);

function format(timeZone: string | undefined): Intl.DateTimeFormat {
  return formats.get(timeZone ?? '', () => {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  });
}

function fields(t: number, timeZone: string | undefined): Record<string, number> {
  if (timeZone === undefined) {
    // The runtime's own zone is Date's local time: no Intl formatter, whose first making in a page (its
    // calendar data loaded) took 20-30 ms of a page's first read of a written date.
    const d = new Date(t);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    };
  }
  const out: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(t)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

/** The wall clock `timeZone` (default: the runtime's) shows at `t`. Throws on an unknown zone. */
export function wallClock(t: number, timeZone?: string): WallClock {
  const f = fields(t, timeZone);
  return {
    year: f.year ?? 0,
    month: f.month ?? 0,
    day: f.day ?? 0,
    hour: f.hour ?? 0,
    minute: f.minute ?? 0,
  };
}

// How far the zone's clock is ahead of UTC at `t`, in ms.
function offset(t: number, timeZone: string | undefined): number {
  const f = fields(t, timeZone);
  const asUtc = Date.UTC(
    f.year ?? 0,
    (f.month ?? 1) - 1,
    f.day ?? 1,
    f.hour ?? 0,
    f.minute ?? 0,
    f.second ?? 0,
  );
  return asUtc - (t - (((t % 1000) + 1000) % 1000));
}

/**
 * The instant `timeZone` shows as this wall-clock time: the zone's offset is looked up at a first guess,
 * then again at the result, which is right except within an hour of a DST change.
 */
export function fromWallClock(w: WallClock, timeZone?: string): number {
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const guess = local - offset(local, timeZone);
  return local - offset(guess, timeZone);
}

/** Days in a Gregorian month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
