// The insights' constants (docs/insights.md), each with why. Everything tunable lives here.

/**
 * The share of "beyond noise" findings allowed to be false, controlled with Benjamini–Hochberg over
 * every finding of one run together (./correction.ts). On a history with no real effect BH's false
 * discovery rate is the chance of any false finding at all, so at most about 1 run in 20 shows one.
 */
export const FALSE_FINDING_RATE = 0.05;

/** The intervals shown are 95 % intervals for each group alone (not widened for the many groups). */
export const LEVEL = 0.95;

/**
 * No claim on fewer posts than this, in the group or in the rest: with 5 posts a t-interval already
 * spans about ±1.2 spreads (t₀.₉₇₅,₄ = 2.78 over √5), and below it one post moves the mean too much.
 */
export const MIN_POSTS = 5;

/** Quantity against quality needs this many weeks with a compared post (a slope from 8 points, df = 6). */
export const MIN_WEEKS = 8;

/** The long-term line needs this many posts spread over at least this many days. */
export const MIN_TREND_POSTS = 20;
export const MIN_TREND_DAYS = 60;

/**
 * Only the most frequent hashtags and words (chosen by how many posts carry them, never by how they
 * did, so the choice cannot bias the test) are tested: each extra test makes every other harder to pass.
 */
export const MAX_TERMS = 40;
/** Tags of experiments tested, most used first (the same reason). */
export const MAX_TAGS = 40;

/** The default comparison age: the day after posting, what most managers look at first. */
export const DEFAULT_AGE_HOURS = 24;
/** Then the site's final age, then these, for histories read only in the first hours. */
export const FALLBACK_AGES = [12, 6, 3, 1];
/** An earlier choice is kept while it reaches this share of the posts the best choice reaches. */
export const AGE_SHARE = 0.8;

/**
 * A reading this close to the comparison age (in proportion: 24 h ± 2.4 h) stands for it when no
 * reading on the other side lets the value be interpolated. Counts move little that late in a day.
 */
export const AGE_TOLERANCE = 0.1;

/** Texts shorter than this ("Thanks!") are too common to tie posts on several sites into one message. */
export const FAMILY_MIN_CHARS = 20;

/** Hours of the day are grouped by three for the findings (eight groups); the grid keeps every hour. */
export const HOUR_BLOCK = 3;
