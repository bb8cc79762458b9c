// Quantity against quality: for each account, how many posts each week against that week's median
// score, and whether weeks with more posts went with better or worse scores: the slope of the weekly
// median log score on log₂(posts that week), so its ratio is "a week with twice the posts".
import { formatRatio, plural } from '@/lib/score/explain';
import { median } from '@/lib/score/stats';
import { slope } from './compare';
import { MIN_WEEKS } from './config';
import { accountPrefix, type Context, groupBy } from './context';
import { type Candidate, interval } from './groups';
import { seedOf } from './random';
import type { Verdict, WeekRow } from './types';
import { localTime, weekOf } from './zone';

function weeksOf(ctx: Context, account: string, logs: Map<string, number[]>): WeekRow[] {
  const current = weekOf(localTime(ctx.now, ctx.timeZone));
  const posted = new Map<string, number>();
  for (const p of ctx.posts) {
    if (p.account !== account || p.publishedAt > ctx.now) continue;
    const w = weekOf(localTime(p.publishedAt, ctx.timeZone));
    posted.set(w, (posted.get(w) ?? 0) + 1);
  }
  // The week still running is left out: its count is not final.
  return [...posted]
    .filter(([w]) => w !== current)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([week, posts]) => {
      const l = logs.get(week) ?? [];
      return { account, week, posts, compared: l.length, median: l.length ? Math.exp(median(l)) : null };
    });
}

function words(prefix: string, rows: WeekRow[], c: Candidate, verdict: Verdict, age: string): string {
  const subject = `${prefix}Posts per week against scores${age}`;
  if (!c.est) {
    const few =
      c.n < c.need ? `too few weeks (${c.n} of ${c.need})` : 'the number of posts a week never varied';
    return `${subject}: ${few} to say.`;
  }
  const posts = rows.reduce((s, r) => s + r.compared, 0);
  const lead = `${prefix}Weeks with twice the posts went with ${formatRatio(c.est.ratio)}× the scores${age} ${interval(c.est)}, over ${plural(c.n, 'week')} and ${plural(posts, 'post')}`;
  if (verdict !== 'beyond noise')
    return `${lead}: not beyond noise, so no clear link between how often you post and how posts do.`;
  return `${lead}: beyond noise; posting more went with ${c.est.ratio < 1 ? 'worse' : 'better'} scores.`;
}

export function quantityFindings(ctx: Context): { candidates: Candidate[]; weeks: WeekRow[] } {
  const candidates: Candidate[] = [];
  const weeks: WeekRow[] = [];
  for (const [account, scored] of groupBy(ctx.scored, (s) => s.post.account)) {
    const logs = groupBy(scored, (s) => weekOf(localTime(s.post.publishedAt, ctx.timeZone)));
    const rows = weeksOf(ctx, account, new Map([...logs].map(([w, list]) => [w, list.map((s) => s.log)])));
    weeks.push(...rows);
    const used = rows.filter((r) => r.median !== null);
    const x = used.map((r) => Math.log2(r.posts));
    const varied = new Set(x).size >= 2;
    const c: Candidate = {
      kind: 'quantity',
      group: `${accountPrefix(ctx, account)}posts per week`,
      n: used.length,
      rest: used.length,
      need: MIN_WEEKS,
      est:
        used.length >= MIN_WEEKS && varied
          ? slope(
              x,
              used.map((r) => Math.log(r.median!)),
              1,
              seedOf(`quantity:${account}`),
            )
          : null,
      account,
      words: () => '',
    };
    c.words = (v) => words(ctx.manyAccounts ? `${account}: ` : '', used, c, v, ctx.age);
    candidates.push(c);
  }
  return { candidates, weeks };
}
