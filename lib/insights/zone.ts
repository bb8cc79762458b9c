// Calendar parts of a time in the user's time zone (Intl, part of the language: no DOM, no browser API).
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
}

/** Throws a RangeError naming the zone when it is not an IANA time zone. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        weekday: 'short',
        hour: 'numeric',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`unknown time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export function localTime(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
    hour: Number(parts.hour) % 24,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03": the month a time falls in, in the zone. */
export function monthOf(t: LocalTime): string {
  return `${t.year}-${pad(t.month)}`;
}

/** "2026-03-02": the Monday starting the week a time falls in, in the zone. */
export function weekOf(t: LocalTime): string {
  const monday = new Date(Date.UTC(t.year, t.month - 1, t.day - t.weekday));
  return monday.toISOString().slice(0, 10);
}
