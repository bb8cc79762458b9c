// The insights' plain data shapes: what goes in (a brand's captured posts), what comes out (findings
// with their sentence and numbers, and the tables the dashboard charts). Plain data only.
import type { PostFormat } from '@/lib/core/formats';
import type { Snapshot } from '@/lib/score/types';

/** One captured post, with every snapshot of it. */
export interface InsightPost {
  /** A site id (`x`, `linkedin`, …): its timing decides how posts age. */
  platform: string;
  /** The account key `site:id`: each post is compared with its own account's usual. */
  account: string;
  /** The account as people write it (`LumenRoasters`), for the sentences. */
  handle?: string;
  id: string;
  /** Epoch ms. */
  publishedAt: number;
  format?: PostFormat;
  /** Page text: only ever read as words, never as markup. */
  text?: string;
  /** What the post tries (`question hook`, `carousel`, `posted at 7am`). */
  tags?: string[];
  snapshots: Snapshot[];
}

export interface InsightOptions {
  /** Epoch ms: later snapshots are ignored, as the score does. */
  now: number;
  /** IANA time zone for weekdays, hours, weeks and months (default UTC). */
  timeZone?: string;
  /** Compare at this age (capped at each site's final age); by default 24 h or the final age, whichever more posts reached. */
  ageHours?: number;
  basis?: 'auto' | 'views' | 'followers' | 'raw';
  weights?: 'equal' | 'depth';
}

export type FindingKind = 'format' | 'topic' | 'timing' | 'quantity' | 'trend' | 'experiment' | 'family';
export type Verdict = 'beyond noise' | 'not beyond noise' | 'too few posts';

export interface Finding {
  kind: FindingKind;
  /** What is compared: `video`, `#espresso`, `Tuesday`, `2026-03`, `per doubling`, a tag. */
  group: string;
  /** The plain sentence, sample size included; shown first. */
  sentence: string;
  /** The group's score against the rest (×); null when there is nothing to compare. */
  ratio: number | null;
  /** Posts in the group (weeks for quantity; for a family copy, the posts it is compared with). */
  n: number;
  /** The 95 % interval of the ratio; null with too few posts. */
  low: number | null;
  high: number | null;
  verdict: Verdict;
  /** Two-sided p-value before the correction; null when nothing was tested. */
  p: number | null;
  /** How many posts (weeks) a claim needs. */
  need: number;
  /** The account a trend or quantity finding, or a family copy, is about. */
  account?: string;
  /** The message a family copy belongs to (its normalised text, shortened). */
  family?: string;
}

/** Each account's comparison age and how many of its posts reached it. */
export interface AccountAge {
  account: string;
  platform: string;
  ageHours: number;
  posts: number;
  compared: number;
}

/** One cell of the weekday × hour grid: posts published then and their geometric-mean score. */
export interface TimingCell {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  n: number;
  ratio: number | null;
}

/** One week of one account: how many posts, and the median score of those compared. */
export interface WeekRow {
  account: string;
  /** The Monday that starts the week, YYYY-MM-DD in the time zone. */
  week: string;
  posts: number;
  compared: number;
  median: number | null;
}

/** One month of one account: engagement at the comparison age against the other months, with the band
 * a month of this many posts would stay inside if nothing had changed. */
export interface MonthRow {
  account: string;
  /** YYYY-MM in the time zone. */
  month: string;
  n: number;
  ratio: number | null;
  low: number | null;
  high: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  verdict: Verdict;
}

/** One copy of a message posted on several sites, against its own account's usual. */
export interface FamilyRow {
  family: string;
  platform: string;
  account: string;
  postId: string;
  ratio: number | null;
  /** Posts of its account it was compared with. */
  n: number;
  percentile: number | null;
}

export interface InsightTables {
  timing: TimingCell[];
  weeks: WeekRow[];
  months: MonthRow[];
  families: FamilyRow[];
}

export interface Insights {
  accounts: AccountAge[];
  /** The Benjamini–Hochberg rate the verdicts were held to. */
  falseFindingRate: number;
  findings: Finding[];
  tables: InsightTables;
}
