// Timing: scores by weekday and by hour of publishing in the user's time zone. Findings for each
// weekday and each three-hour block against the rest; the full weekday × hour grid, with counts, for a chart.
import { HOUR_BLOCK } from './config';
import type { Context } from './context';
import { type Candidate, groupSentence, split, vsRest } from './groups';
import type { TimingCell } from './types';
import { localTime } from './zone';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function timingFindings(ctx: Context): { candidates: Candidate[]; grid: TimingCell[] } {
  const when = ctx.scored.map((s) => localTime(s.post.publishedAt, ctx.timeZone));
  const items = ctx.scored.map((s, i) => {
    const t = when[i]!;
    const from = t.hour - (t.hour % HOUR_BLOCK);
    return { log: s.log, t, keys: [DAYS[t.weekday]!, `${hh(from)}–${hh(from + HOUR_BLOCK)}`] };
  });
  const blocks = Array.from(
    { length: 24 / HOUR_BLOCK },
    (_, i) => `${hh(i * HOUR_BLOCK)}–${hh((i + 1) * HOUR_BLOCK)}`,
  );
  const chosen = [...DAYS, ...blocks];
  const groups = split(
    items,
    (it) => it.keys,
    (it) => it.log,
    chosen,
  );
  const zone = ` (${ctx.timeZone})`;
  const candidates = chosen.map((key, i) => {
    const g = groups.get(key)!;
    const subject = i < 7 ? `Posts published on ${key}s` : `Posts published ${key}${zone}`;
    return vsRest('timing', key, g.values, g.rest, (c, v) =>
      groupSentence(subject, `the rest${ctx.age}`, c, v),
    );
  });
  const sums = new Float64Array(7 * 24);
  const counts = new Int32Array(7 * 24);
  for (const it of items) {
    const cell = it.t.weekday * 24 + it.t.hour;
    sums[cell] = sums[cell]! + it.log;
    counts[cell] = counts[cell]! + 1;
  }
  const grid: TimingCell[] = [];
  for (let cell = 0; cell < 7 * 24; cell++) {
    const n = counts[cell]!;
    grid.push({
      weekday: Math.floor(cell / 24),
      hour: cell % 24,
      n,
      ratio: n ? Math.exp(sums[cell]! / n) : null,
    });
  }
  return { candidates, grid };
}
