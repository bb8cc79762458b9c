// The runtime's own zone is read from Date's local time, other zones through Intl: both must give the same
// wall clock, across daylight-saving changes and zones off the hour, and go back to the same instant.
import { afterEach, describe, expect, it } from 'vitest';
import { fromWallClock, wallClock } from '@/lib/sites/shared/time/zone';

const ZONES = ['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('wall clocks of the runtime’s zone', () => {
  it.each(ZONES)('%s: as the runtime’s zone, the same as named through Intl, and back again', (zone) => {
    process.env.TZ = zone; // Node reads it again on change
    const misses: string[] = [];
    // Every 5 hours 17 minutes across 2026: both daylight-saving changes of every zone above.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 317 * 60_000) {
      const local = wallClock(t);
      if (JSON.stringify(local) !== JSON.stringify(wallClock(t, zone)))
        misses.push(new Date(t).toISOString());
      // Back to the instant wherever the zone named through Intl gets there (a repeated hour has two).
      const minute = t - (t % 60_000);
      if (fromWallClock(local) !== minute && fromWallClock(local, zone) === minute) misses.push(`back ${t}`);
    }
    expect(misses).toEqual([]);
  });
});
