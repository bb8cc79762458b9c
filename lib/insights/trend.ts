// The long-term line: each account's engagement at its comparison age, month by month, against its
// own median over the whole history (not against contemporaries, which would hide any change). One
// finding for the line across the whole span (least-squares slope), one per month against the other
// months, and per month the band a month of that many posts stays inside when nothing has changed.
import { DAY } from '@/lib/core/time';
import { formatRatio, plural } from '@/lib/score/explain';
import { slope } from './compare';
import { LEVEL, MIN_POSTS, MIN_TREND_DAYS, MIN_TREND_POSTS } from './config';
import { accountPrefix, type Context, groupBy } from './context';
import { tCritical } from './distributions';
import { type Candidate, groupSentence, interval, vsRest } from './groups';
import { seedOf } from './random';
import type { ScoredPost } from './scored';
import type { MonthRow, Verdict } from './types';
import { localTime, monthOf } from './zone';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const monthName = (m: string) => `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;

function lineWords(
  prefix: string,
  first: string,
  last: string,
  days: number,
  c: Candidate,
  verdict: Verdict,
  age: string,
) {
  const subject = `${prefix}Engagement${age}, ${monthName(first)} to ${monthName(last)}`;
  if (c.n < c.need) return `${subject}: too few posts (${c.n} of ${c.need}) to see a line.`;
  if (!c.est)
    return `${subject}: too short a history (${Math.floor(days)} of ${MIN_TREND_DAYS} days) to see a line.`;
  const lead = `${subject}: ${formatRatio(c.est.ratio)}× from start to end ${interval(c.est)}, ${plural(c.n, 'post')}`;
  if (verdict !== 'beyond noise')
    return `${lead}: not beyond noise; no change the data can tell from ups and downs.`;
  return `${lead}: beyond noise; it ${c.est.ratio > 1 ? 'rose' : 'fell'}.`;
}

function monthWords(prefix: string, month: string, c: Candidate, verdict: Verdict, age: string) {
  const base = groupSentence(`${prefix}${monthName(month)}`, `your other months${age}`, c, verdict);
  if (verdict !== 'not beyond noise' || !c.est) return base;
  // A month that is not beyond noise is said plainly to be ordinary, so a bad month does not discourage.
  const shown = formatRatio(c.est.ratio);
  const move = shown === '1.0' ? 'no change' : c.est.ratio < 1 ? 'a dip' : 'a rise';
  return base.replace(/: not beyond noise\.$/u, `: ${move} within normal variation (not beyond noise).`);
}

/** The line from the first post to the last: the least-squares change in level over the whole span. */
function lineCandidate(ctx: Context, account: string, sorted: ScoredPost[], keys: string[]): Candidate {
  const t0 = sorted[0]!.post.publishedAt;
  const span = (sorted[sorted.length - 1]!.post.publishedAt - t0) / DAY;
  const enough = sorted.length >= MIN_TREND_POSTS && span >= MIN_TREND_DAYS;
  const line: Candidate = {
    kind: 'trend',
    group: `${accountPrefix(ctx, account)}${keys[0]} to ${keys[keys.length - 1]}`,
    n: sorted.length,
    rest: sorted.length,
    need: MIN_TREND_POSTS,
    account,
    est: enough
      ? slope(
          sorted.map((s) => (s.post.publishedAt - t0) / DAY),
          sorted.map((s) => s.level),
          span,
          seedOf(`trend:${account}`),
        )
      : null,
    words: () => '',
  };
  const prefix = ctx.manyAccounts ? `${account}: ` : '';
  line.words = (v) => lineWords(prefix, keys[0]!, keys[keys.length - 1]!, span, line, v, ctx.age);
  return line;
}

/** Each month against the other months, with the band a month of that many posts stays inside by chance. */
function monthLinks(ctx: Context, account: string, levels: number[], months: string[]): MonthLink[] {
  const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
  const sd = Math.sqrt(levels.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, levels.length - 1));
  const q = levels.length > 1 ? tCritical(LEVEL, levels.length - 1) : Number.NaN;
  const prefix = ctx.manyAccounts ? `${account}: ` : '';
  return [...new Set(months)].map((month) => {
    const inside = levels.filter((_, i) => months[i] === month);
    const others = levels.filter((_, i) => months[i] !== month);
    const c = vsRest('trend', `${accountPrefix(ctx, account)}${month}`, inside, others, (cc, v) =>
      monthWords(prefix, month, cc, v, ctx.age),
    );
    c.account = account;
    const enough = inside.length >= MIN_POSTS && others.length >= MIN_POSTS;
    const half = q * sd * Math.sqrt(1 / inside.length + 1 / Math.max(1, others.length));
    const row: MonthRow = {
      account,
      month,
      n: inside.length,
      ratio: c.est?.ratio ?? null,
      low: c.est?.low ?? null,
      high: c.est?.high ?? null,
      bandLow: enough ? Math.exp(-half) : null,
      bandHigh: enough ? Math.exp(half) : null,
      verdict: 'too few posts',
    };
    return { row, candidate: c };
  });
}

/** A month's table row and the finding whose verdict it takes once the correction is done. */
export interface MonthLink {
  row: MonthRow;
  candidate: Candidate;
}

export function trendFindings(ctx: Context): { candidates: Candidate[]; months: MonthLink[] } {
  const candidates: Candidate[] = [];
  const months: MonthLink[] = [];
  for (const [account, posts] of groupBy(ctx.scored, (s) => s.post.account)) {
    const sorted = posts
      .filter((s) => Number.isFinite(s.level))
      .sort((a, b) => a.post.publishedAt - b.post.publishedAt);
    if (!sorted.length) continue;
    const keys = sorted.map((s) => monthOf(localTime(s.post.publishedAt, ctx.timeZone)));
    const links = monthLinks(
      ctx,
      account,
      sorted.map((s) => s.level),
      keys,
    );
    candidates.push(
      lineCandidate(ctx, account, sorted, [...new Set(keys)]),
      ...links.map((l) => l.candidate),
    );
    months.push(...links);
  }
  return { candidates, months };
}
