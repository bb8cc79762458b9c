// Wall-clock times in a time zone, for the demo's history: the insights read weekdays and hours in the
// user's zone, so the demo plants its effects (and places its page posts) in that zone.

const pieces = new Map<string, Intl.DateTimeFormat>();

/** A time's wall clock in `timeZone`: year, month, day, hour, minute, weekday (0 = Monday). */
export function wallClock(t: number, timeZone: string) {
  let f = pieces.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    pieces.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!);
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, weekday };
}

/** The time at a wall-clock reading in `timeZone` (found by correcting a guess by the zone's offset). */
export function zoned(y: number, mo: number, d: number, h: number, mi: number, timeZone: string): number {
  const want = Date.UTC(y, mo - 1, d, h, mi);
  let t = want;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(t, timeZone);
    t += want - Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
  }
  return t;
}

/** Hours (0 to 24) to go back from `t` to the last time the clock in `timeZone` read `hour` (13.5 = 13:30). */
export function hoursBackTo(t: number, hour: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  return (((w.h + w.mi / 60 - hour) % 24) + 24) % 24;
}
