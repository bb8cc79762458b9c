// The insights (docs/insights.md): what a brand's audience responds to, from the scores Resonance already
// computes. Each kind of finding proposes groups; all are corrected together for the many comparisons;
// each gets its verdict and its sentence. Pure: plain data in and out, `now` and the time zone injected.
import { humanAge } from '@/lib/score/explain';
import { FALSE_FINDING_RATE } from './config';
import type { Context } from './context';
import { benjaminiHochberg } from './correction';
import { experimentFindings } from './experiments';
import { familyFindings } from './families';
import { formatFindings } from './formats';
import type { Candidate } from './groups';
import { quantityFindings } from './quantity';
import { scoreAtAge } from './scored';
import { timingFindings } from './timing';
import { topicFindings } from './topics';
import { trendFindings } from './trend';
import type { Finding, InsightOptions, InsightPost, Insights, Verdict } from './types';
import { checkTimeZone } from './zone';

export type { InsightOptions, InsightPost, Insights } from './types';

/** Verdicts for every candidate: one Benjamini–Hochberg pass over all tested groups, families apart. */
function verdicts(candidates: readonly Candidate[]): Verdict[] {
  const pooled = candidates.map((c) => (c.kind === 'family' || !c.est ? Number.NaN : c.est.p));
  const found = benjaminiHochberg(pooled, FALSE_FINDING_RATE);
  // A family copy is one post: judged alone, Bonferroni over the copies shown (never in the pool, where
  // single posts, whose rank p-values can rarely be small, would only make every other test harder).
  const copies = candidates.filter((c) => c.kind === 'family' && c.est && !Number.isNaN(c.est.p)).length;
  return candidates.map((c, i) => {
    if (!c.est || Number.isNaN(c.est.p)) return 'too few posts';
    if (c.kind === 'family')
      return c.est.p <= FALSE_FINDING_RATE / copies ? 'beyond noise' : 'not beyond noise';
    return found[i] ? 'beyond noise' : 'not beyond noise';
  });
}

function finding(c: Candidate, verdict: Verdict): Finding {
  const shown = verdict !== 'too few posts' && c.est;
  const f: Finding = {
    kind: c.kind,
    group: c.group,
    sentence: c.words(verdict),
    ratio: shown ? c.est!.ratio : null,
    n: c.n,
    low: shown ? c.est!.low : null,
    high: shown ? c.est!.high : null,
    verdict,
    p: c.est && !Number.isNaN(c.est.p) ? c.est.p : null,
    need: c.need,
  };
  if (c.account) f.account = c.account;
  if (c.family) f.family = c.family;
  return f;
}

/**
 * Every finding for these posts (one account or several, any sites): formats, topics, timing,
 * quantity against quality, the long-term line, experiments and messages posted on several sites,
 * each with its sentence, numbers and verdict, and the tables behind the charts.
 */
export function insightsFor(history: readonly InsightPost[], options: InsightOptions): Insights {
  const timeZone = options.timeZone ?? 'UTC';
  checkTimeZone(timeZone);
  const { scored, accounts } = scoreAtAge(history, options);
  const ages = new Set(accounts.filter((a) => a.compared).map((a) => a.ageHours));
  const ctx: Context = {
    scored,
    posts: history,
    age: ages.size > 1 ? " at each account's comparison age" : ` at ${humanAge([...ages][0] ?? 24)}`,
    timeZone,
    now: options.now,
    manyAccounts: new Set(history.map((p) => p.account)).size > 1,
  };
  const timing = timingFindings(ctx);
  const quantity = quantityFindings(ctx);
  const trend = trendFindings(ctx);
  const families = familyFindings(ctx);
  const candidates = [
    ...formatFindings(ctx),
    ...topicFindings(ctx),
    ...timing.candidates,
    ...quantity.candidates,
    ...trend.candidates,
    ...experimentFindings(ctx),
    ...families.candidates,
  ];
  const vs = verdicts(candidates);
  const verdictOf = new Map(candidates.map((c, i) => [c, vs[i]!]));
  for (const m of trend.months) m.row.verdict = verdictOf.get(m.candidate)!;
  return {
    accounts,
    falseFindingRate: FALSE_FINDING_RATE,
    findings: candidates.map((c, i) => finding(c, vs[i]!)),
    tables: {
      timing: timing.grid,
      weeks: quantity.weeks,
      months: trend.months.map((m) => m.row),
      families: families.families,
    },
  };
}
