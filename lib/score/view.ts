// What the badge and the popup show of a score: plain, serialisable, already worded.
import { spokenLine } from './explain';
import { explainScore, metricChips, type Score } from './score';

export interface ScoreView {
  state: Score['state'];
  ratio: number | null;
  percentile: number | null;
  confidence: Score['confidence'];
  n: number;
  ageHours: number;
  /** The one line on the badge, e.g. `▲ 2.0× usual · top 10% · vs 27 posts at 6 h old`. */
  line: string;
  /** The line in words for assistive tech, no glyphs: `2.0 times usual, top 10 percent, compared with…`. */
  spoken?: string;
  /** A projection of a young post (`early: on course for…`): shown lighter than a settled result. */
  projected?: boolean;
  /** The full explanation for the popup and the badge's panel. */
  detail: string;
  /** Per-metric lifts, e.g. `replies 4.1× · reposts 1.2× · likes 2.0×`. */
  chips: string;
  /** A basis worth naming beside the number (`per follower`, `raw counts`); the default (counts, with
   * views compared on their own) is told only in `detail`. */
  basis: string | null;
}

/**
 * The rate basis in a manager's words (docs/scoring.md §5: views where shown, else followers, else raw).
 * The default needs no words beside the number; the others change what the number means, so say it.
 */
const BASIS_WORDS: Partial<Record<string, string>> = { followers: 'per follower', raw: 'raw counts' };

export function toScoreView(score: Score, platform: string): ScoreView {
  return {
    state: score.state,
    ratio: score.ratio ?? null,
    percentile: score.percentile ?? null,
    confidence: score.confidence,
    n: score.n,
    ageHours: score.ageHours,
    line: score.explanation,
    spoken: spokenLine(score),
    projected: score.mode === 'projected',
    detail: explainScore(score, platform),
    chips: metricChips(score, platform),
    basis: (score.state === 'scored' && score.basis && BASIS_WORDS[score.basis]) || null,
  };
}
