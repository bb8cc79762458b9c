// What the badge and the popup show of a score: plain, serialisable, already worded.
import { explainScore, metricChips, type Score } from './score';

export interface ScoreView {
  state: Score['state'];
  ratio: number | null;
  percentile: number | null;
  confidence: Score['confidence'];
  n: number;
  ageHours: number;
  /** The one line on the badge, e.g. `▲ 2.0× usual · top 10% · vs 27 posts at 6h`. */
  line: string;
  /** The full explanation for the popup and the badge's tooltip. */
  detail: string;
  /** Per-metric lifts, e.g. `replies 4.1× · reposts 1.2× · likes 2.0×`. */
  chips: string;
  /** What the score was computed on, in words shown beside it: `with views`, `per follower`, `raw counts`. */
  basis: string | null;
}

/** The rate basis in a few words (docs/scoring.md §5: views where shown, else followers, else raw). */
const BASIS_WORDS: Record<string, string> = {
  views: 'counts, views beside',
  followers: 'per follower',
  raw: 'raw counts',
};

export function toScoreView(score: Score, platform: string): ScoreView {
  return {
    state: score.state,
    ratio: score.ratio ?? null,
    percentile: score.percentile ?? null,
    confidence: score.confidence,
    n: score.n,
    ageHours: score.ageHours,
    line: score.explanation,
    detail: explainScore(score, platform),
    chips: metricChips(score, platform),
    basis: (score.state === 'scored' && score.basis && BASIS_WORDS[score.basis]) || null,
  };
}
