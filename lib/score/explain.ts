// Words for the score: the one-line badge, the popup's paragraph, and the per-metric chips.
// Direction is always spelled out (▲/▼/● and a number), never carried by colour alone.
import type { Metric } from '@/lib/core/metrics';
import { MIN_BASELINE, POISSON_MEDIAN, platformConfig, SCORED, SE_APPROX, SHRINK_BELOW } from './config';
import type { Score } from './types';

/** 2.03 → "2.0", 0.47 → "0.5", 12.4 → "12", 0.04 → "0.04". */
export function formatRatio(r: number): string {
  if (r >= 9.95) return String(Math.round(r));
  if (r >= 0.095) return r.toFixed(1);
  return r.toFixed(2);
}

/** Badge age: "45m", "1.5h", "6h", "48h", "3d", "28d". */
export function formatAge(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))}m`;
  if (h < 10) return `${Number(h.toFixed(1))}h`;
  if (h < 72) return `${Math.round(h)}h`;
  return `${Math.round(h / 24)}d`;
}

function humanAge(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 72) return `${h < 10 ? Number(h.toFixed(1)) : Math.round(h)} h`;
  return `${Math.round(h / 24)} days`;
}

/** The glyph follows the number shown, so "▲" never sits beside "1.0×". */
export function glyph(ratio: number): string {
  const shown = formatRatio(ratio);
  if (shown === '1.0') return '●';
  return ratio > 1 ? '▲' : '▼';
}

function rankText(pct: number): string {
  return pct >= 50 ? `top ${Math.max(1, Math.round(100 - pct))}%` : `bottom ${Math.max(1, Math.round(pct))}%`;
}

export function learningText(n: number, pace?: 'on pace' | 'behind pace'): string {
  return `learning (${n}/${MIN_BASELINE})${pace ? ` · early: ${pace}` : ''}`;
}

export function scoredText(s: {
  ratio: number;
  approximate: boolean;
  projected: boolean;
  percentile: number;
  n: number;
  ageHours: number;
}): string {
  const r = `${s.approximate ? '~' : ''}${formatRatio(s.ratio)}× usual${s.projected ? ' (projected)' : ''}`;
  const rank = Number.isFinite(s.percentile) ? ` · ${rankText(s.percentile)}` : '';
  return `${glyph(s.ratio)} ${r}${rank} · vs ${s.n} posts at ${formatAge(s.ageHours)}`;
}

function metricName(platform: string | undefined, m: Metric): string {
  const names = platformConfig(platform ?? '').names;
  const k = SCORED.indexOf(m as (typeof SCORED)[number]);
  return k >= 0 ? names[k]! : m;
}

const CHIP_ORDER: Metric[] = ['comments', 'shares', 'likes', 'saves', 'views'];

/** "replies 4.1× · reposts 1.2× · likes 2.0× · views 1.3×", in the site's own words. */
export function metricChips(score: Score, platform?: string): string {
  const site = platform ?? score.platform;
  return CHIP_ORDER.filter((m) => score.perMetric[m])
    .map((m) => `${metricName(site, m)} ${formatRatio(score.perMetric[m]!.ratio)}×`)
    .join(' · ');
}

function joinWords(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The popup's plain-language account of a score: what was compared, with what, and how sure it is. */
export function explainScore(score: Score, platform: string): string {
  const cfg = platformConfig(platform || score.platform || '');
  const site = cfg.name;
  const age = humanAge(score.ageHours);
  const out: string[] = [];
  if (score.state === 'learning') {
    if (score.explanation === 'no counts yet') return 'Resonance has not read any counts for this post yet.';
    out.push(
      `Resonance is still learning your usual: it scores a post only against at least ${MIN_BASELINE} of your own ${site} posts seen at the same age (${age}), and has ${score.n} so far.`,
      'No number is shown until then, because a ratio against so few posts can mislead.',
    );
    if (score.pace) {
      out.push(
        `Early signal: between its first and latest readings it grew ${score.pace === 'on pace' ? 'about as fast as' : 'more slowly than'} a typical ${site} post of its age (about half of a post's engagement arrives within ${humanAge(cfg.halfH)}). That is a rough guide, not a multiplier.`,
      );
    }
    return out.join(' ');
  }
  const inter = (['likes', 'comments', 'shares', 'saves'] as const).filter((m) => score.perMetric[m]);
  const what = inter.length
    ? cap(joinWords(inter.map((m) => metricName(cfg.id, m))))
    : cap(metricName(cfg.id, 'views'));
  const posts = `${score.n} ${site} ${score.format ? `${score.format} ` : ''}posts`;
  if (score.mode === 'projected') {
    const how =
      score.projectedWith === 'site prior'
        ? `a typical ${site} growth curve (too few of your posts were seen young to learn yours)`
        : "your account's usual growth";
    out.push(
      `Too few of your posts were seen as young as this one, so its counts were projected to ${age} with ${how}, and ${what.toLowerCase()} compared with the median of your last ${posts} at ${age}.`,
    );
  } else {
    out.push(`${what} compared with the median of your last ${posts} at the same age (${age}).`);
  }
  const ratio = score.ratio ?? 1;
  const rank = score.percentile !== undefined ? `, ${rankText(score.percentile)} of those posts` : '';
  out.push(`Overall ${score.approximate ? '~' : ''}${formatRatio(ratio)}× your usual${rank}.`);
  out.push(
    score.basis === 'followers'
      ? 'The page shows no views, so counts are taken per follower at posting time: a growing audience does not inflate the score.'
      : score.basis === 'raw'
        ? 'The page shows neither views nor followers, so raw counts are compared, which is fair within one account over recent posts.'
        : 'Counts are compared as they are, with views beside them to tell reach from engagement.',
  );
  if (inter.length > 1) {
    out.push(
      'Each metric is measured against its own usual level, so rare actions such as replies weigh as much as likes.',
    );
  }
  const views = score.perMetric.views;
  if (views && inter.length) {
    const rr = score.rateRatio;
    const why =
      rr === undefined
        ? ''
        : rr >= 1.1
          ? `, so the people who saw it engaged more than usual (about ${formatRatio(rr)}× per viewer)`
          : rr <= 1 / 1.1
            ? `, so the people who saw it engaged less than usual (about ${formatRatio(rr)}× per viewer)`
            : ', and engagement per viewer was about usual: the difference is mostly reach';
    out.push(`${cap(metricName(cfg.id, 'views'))} ${formatRatio(views.ratio)}× usual${why}.`);
  }
  const halved = inter.filter((m) => {
    const w = score.perMetric[m]?.weight;
    return w !== undefined && w > 0 && (score.perMetric[m]?.usual ?? POISSON_MEDIAN) < POISSON_MEDIAN;
  });
  if (halved.length) {
    out.push(
      `${cap(joinWords(halved.map((m) => metricName(cfg.id, m))))} count half: usually fewer than ${POISSON_MEDIAN} at this age, so mostly chance.`,
    );
  }
  const reasons: string[] = [];
  if (score.n < SHRINK_BELOW)
    reasons.push(`it rests on fewer than ${SHRINK_BELOW} comparable posts (so it is also pulled toward 1×)`);
  if (score.mode === 'projected') reasons.push('it rests on a projection');
  if (score.se !== undefined && score.se > SE_APPROX)
    reasons.push(`your posts vary a lot, so your usual is uncertain (±${Math.round(score.se * 100)}%)`);
  if (score.approximate && reasons.length) out.push(`~ means approximate: ${joinWords(reasons)}.`);
  else if (score.confidence === 'high') out.push(`Based on ${score.n} posts: high confidence.`);
  for (const w of score.warnings ?? []) out.push(`Note: ${w}.`);
  return out.join(' ');
}
