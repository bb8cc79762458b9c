// Words for the score: the one-line badge (and its spoken form), the popup's paragraph, and the
// per-metric chips. Direction is always spelled out (▲/▼/● and a number), never carried by colour alone.
import type { Metric } from '@/lib/core/metrics';
import {
  MIN_BASELINE,
  type PlatformConfig,
  POISSON_MEDIAN,
  platformConfig,
  SCORED,
  SE_APPROX,
  SHRINK_BELOW,
} from './config';
import type { Score } from './types';

/** 2.03 → "2.0", 0.47 → "0.5", 12.4 → "12", 0.04 → "0.04". */
export function formatRatio(r: number): string {
  if (r >= 9.95) return String(Math.round(r));
  if (r >= 0.095) return r.toFixed(1);
  return r.toFixed(2);
}

/** "1 post", "3 posts": every count the score writes agrees with its number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An age as a number and its unit: minutes under an hour, hours under 3 days, then days. */
function ageIn(h: number): [number, 'min' | 'h' | 'day'] {
  if (h < 1) return [Math.max(1, Math.round(h * 60)), 'min'];
  if (h < 72) return [h < 10 ? Number(h.toFixed(1)) : Math.round(h), 'h'];
  return [Math.round(h / 24), 'day'];
}

/** Written ages: "45 min", "1.5 h", "6 h", "3 days". */
export function humanAge(h: number): string {
  const [v, unit] = ageIn(h);
  return unit === 'day' ? plural(v, 'day') : `${v} ${unit}`;
}

/** Spoken ages, for screen readers: "45 minutes", "1 hour", "6 hours", "3 days". */
export function spokenAge(h: number): string {
  const [v, unit] = ageIn(h);
  return plural(v, unit === 'min' ? 'minute' : unit === 'h' ? 'hour' : 'day');
}

/** The glyph follows the number shown, so "▲" never sits beside "1.0×". */
export function glyph(ratio: number): string {
  const shown = formatRatio(ratio);
  if (shown === '1.0') return '●';
  return ratio > 1 ? '▲' : '▼';
}

function rankText(pct: number, unit = '%'): string {
  return pct >= 50
    ? `top ${Math.max(1, Math.round(100 - pct))}${unit}`
    : `bottom ${Math.max(1, Math.round(pct))}${unit}`;
}

/** How a post with no history grows against a typical post of its site (score.ts `ownPace`). */
const START = { 'on pace': 'typical start', 'behind pace': 'slow start' } as const;

/**
 * A post still without a number says how many more comparable posts it needs ("learning: needs 3 more
 * posts"); with no history at all, also how its start compares ("· early: slow start").
 * `spoken` gives the same for assistive tech ("learning, needs 3 more posts").
 */
export function learningText(n: number, pace?: 'on pace' | 'behind pace', spoken = false): string {
  const need = plural(Math.max(1, MIN_BASELINE - n), 'more post');
  const start = pace ? `${spoken ? ',' : ' ·'} early: ${START[pace]}` : '';
  return `learning${spoken ? ',' : ':'} needs ${need}${start}`;
}

export interface ScoredWords {
  ratio: number;
  approximate: boolean;
  projected: boolean;
  percentile: number;
  n: number;
  ageHours: number;
}

/**
 * The badge's line: `▲ 2.0× usual · top 2% · vs 27 posts at 6 h old`. A projection says that it is early
 * and where the post is heading, never as a settled result: `▲ early: on course for ~2.2× usual by 48 h ·
 * vs 30 posts`. `spoken` says the same in words, without glyphs or symbols ("2.0 times usual, top 2
 * percent, compared with 27 posts at 6 hours old").
 */
export function scoredText(s: ScoredWords, spoken = false): string {
  const sep = spoken ? ',' : ' ·';
  const about = s.approximate ? (spoken ? 'about ' : '~') : '';
  const r = `${about}${formatRatio(s.ratio)}${spoken ? ' times' : '×'} usual`;
  const age = spoken ? spokenAge(s.ageHours) : humanAge(s.ageHours);
  const vs = `${spoken ? 'compared with' : 'vs'} ${plural(s.n, 'post')}`;
  const rank = Number.isFinite(s.percentile)
    ? `${sep} ${rankText(s.percentile, spoken ? ' percent' : '%')}`
    : '';
  const words = s.projected
    ? `early${spoken ? ',' : ':'} on course for ${r} by ${age}${sep} ${vs}`
    : `${r}${rank}${sep} ${vs} at ${age} old`;
  return spoken ? words : `${glyph(s.ratio)} ${words}`;
}

/** The line of a post with no counts read yet (score.ts). */
const NO_COUNTS = 'no counts yet';

/** The badge's line in words, for its accessible name (the written line is `score.explanation`). */
export function spokenLine(score: Score): string {
  if (score.state === 'learning')
    return score.explanation === NO_COUNTS ? NO_COUNTS : learningText(score.n, score.pace, true);
  return scoredText(
    {
      ratio: score.ratio ?? 1,
      approximate: score.approximate ?? false,
      projected: score.mode === 'projected',
      percentile: score.percentile ?? Number.NaN,
      n: score.n,
      ageHours: score.ageHours,
    },
    true,
  );
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

function explainLearning(score: Score, cfg: PlatformConfig): string {
  if (score.explanation === NO_COUNTS) return 'Resonance has not read any counts for this post yet.';
  const need = Math.max(1, MIN_BASELINE - score.n);
  const out = [
    `Resonance is still learning your usual: it scores a post only against at least ${MIN_BASELINE} of your own ${cfg.name} posts seen at the same age (${humanAge(score.ageHours)}), and has ${score.n} so far, so it needs ${need} more.`,
    'No number is shown until then, because a ratio against so few posts can mislead.',
  ];
  if (score.pace) {
    out.push(
      `Early signal, a ${START[score.pace]}: between its first and latest readings it grew ${score.pace === 'on pace' ? 'about as fast as' : 'more slowly than'} a typical ${cfg.name} post of its age (about half of a post's engagement arrives within ${humanAge(cfg.halfH)}). That is a rough guide, not a multiplier.`,
    );
  }
  return out.join(' ');
}

/** What was compared with what, and the overall result: settled, or early and projected. */
function explainComparison(score: Score, cfg: PlatformConfig, inter: Metric[]): string[] {
  const age = humanAge(score.ageHours);
  const what = cap(
    joinWords(inter.length ? inter.map((m) => metricName(cfg.id, m)) : [metricName(cfg.id, 'views')]),
  );
  const posts = `${score.n} ${cfg.name} ${score.format ? `${score.format} ` : ''}${score.n === 1 ? 'post' : 'posts'}`;
  const ratio = `${score.approximate ? '~' : ''}${formatRatio(score.ratio ?? 1)}× your usual`;
  const rank = score.percentile !== undefined ? `, ${rankText(score.percentile)} of those posts` : '';
  if (score.mode !== 'projected') {
    return [
      `${what} compared with the median of your last ${posts} at the same age (${age}).`,
      `Overall ${ratio}${rank}.`,
    ];
  }
  const young = score.postAgeHours !== undefined ? `only ${humanAge(score.postAgeHours)} old` : 'young';
  const how =
    score.projectedWith === 'site prior'
      ? `a typical ${cfg.name} growth curve (too few of your posts were seen young to learn yours)`
      : "your account's usual growth";
  return [
    `Early estimate: this post is ${young}, and too few of your posts were seen this young to compare it at its own age.`,
    `So its counts were projected to ${age} with ${how}, and ${what.toLowerCase()} compared with the median of your last ${posts} at ${age}.`,
    `On that course it is heading for ${ratio} by ${age}${rank}; the estimate settles as the post ages.`,
  ];
}

const BASIS_SENTENCE = {
  followers:
    'The page shows no views, so counts are taken per follower at posting time: a growing audience does not inflate the score.',
  raw: 'The page shows neither views nor followers, so raw counts are compared, which is fair within one account over recent posts.',
  views:
    'Engagement is compared as counts; views are compared on their own, to tell how many saw it from how many engaged.',
} as const;

/** The popup's plain-language account of a score: what was compared, with what, and how sure it is. */
export function explainScore(score: Score, platform: string): string {
  const cfg = platformConfig(platform || score.platform || '');
  if (score.state === 'learning') return explainLearning(score, cfg);
  const inter = (['likes', 'comments', 'shares', 'saves'] as const).filter((m) => score.perMetric[m]);
  const out = explainComparison(score, cfg, inter);
  out.push(BASIS_SENTENCE[score.basis ?? 'views']);
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
  out.push(...sureness(score));
  return out.join(' ');
}

/** Why a number is approximate ("~"), or that it is well founded; then any warnings. */
function sureness(score: Score): string[] {
  const out: string[] = [];
  const reasons: string[] = [];
  if (score.n < SHRINK_BELOW)
    reasons.push(`it rests on fewer than ${SHRINK_BELOW} comparable posts (so it is also pulled toward 1×)`);
  if (score.mode === 'projected') reasons.push('it rests on a projection');
  if (score.se !== undefined && score.se > SE_APPROX)
    reasons.push(`your posts vary a lot, so your usual is uncertain (±${Math.round(score.se * 100)}%)`);
  if (score.approximate && reasons.length) out.push(`~ means approximate: ${joinWords(reasons)}.`);
  else if (score.confidence === 'high') out.push(`Based on ${plural(score.n, 'post')}: high confidence.`);
  for (const w of score.warnings ?? []) out.push(`Note: ${w}.`);
  return out;
}
