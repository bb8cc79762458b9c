// Every benchmark reports its figures here: a value with the runs it came from, its goal, and whether
// the runs agree well enough to trust it. `npm run bench` gathers them into bench/results.json and a
// table of figure, value, goal (scripts/bench/run.ts).
import { appendFileSync } from 'node:fs';

/**
 * Runs further apart than this, (max - min) / median, make a figure too noisy to trust, unless it has a
 * goal and every run lands on the same side of it: then the verdict holds whatever the spread (a figure
 * near zero, such as a difference, is always far apart relative to its median).
 */
export const NOISY_SPREAD = 0.25;

export interface Goal {
  /** `max`: the value must be at most `value`; `min`: at least. */
  kind: 'max' | 'min';
  value: number;
}

export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  goal?: Goal;
  /** Every run's value; the figure is their median. */
  runs: number[];
  /** (max - min) / median of the runs; 0 with one run. */
  spread: number;
  noisy: boolean;
  meets: boolean | null;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export function spreadOf(runs: readonly number[]): number {
  const m = median(runs);
  return runs.length < 2 || m === 0 ? 0 : (Math.max(...runs) - Math.min(...runs)) / Math.abs(m);
}

/** A figure from its runs: the median, the spread, and the verdict against the goal. */
export function figure(
  bench: string,
  name: string,
  unit: string,
  runs: readonly number[],
  goal?: Goal,
): Figure {
  const value = median(runs);
  const spread = spreadOf(runs);
  const meets = (x: number) => (goal ? (goal.kind === 'max' ? x <= goal.value : x >= goal.value) : null);
  const oneSide = goal !== undefined && new Set(runs.map(meets)).size === 1;
  return {
    bench,
    name,
    value,
    unit,
    ...(goal ? { goal } : {}),
    runs: [...runs],
    spread,
    noisy: spread > NOISY_SPREAD && !oneSide,
    meets: meets(value),
  };
}

/** Records a figure for the run's results (RESONANCE_BENCH_FIGURES, set by run.ts); returns it. */
export function record(
  bench: string,
  name: string,
  unit: string,
  runs: readonly number[],
  goal?: Goal,
): Figure {
  const f = figure(bench, name, unit, runs, goal);
  const out = process.env.RESONANCE_BENCH_FIGURES;
  if (out) appendFileSync(out, `${JSON.stringify(f)}\n`);
  return f;
}

const num = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(2);

/** One row of the printed table. */
export function row(f: Figure): string[] {
  const goal = f.goal ? `${f.goal.kind === 'max' ? '≤' : '≥'} ${num(f.goal.value)} ${f.unit}` : '—';
  const verdict = f.noisy ? 'too noisy to trust' : f.meets === null ? '' : f.meets ? 'meets' : 'MISSES';
  const spread = f.runs.length < 2 ? '1 run' : `±${(f.spread * 50).toFixed(0)}%`;
  return [f.name, `${num(f.value)} ${f.unit}`, spread, goal, verdict];
}

/**
 * The lines that end the printed table: how the goals fared (those missed or undecided named), then how
 * many figures without a goal varied more than NOISY_SPREAD between runs.
 */
export function summary(figures: readonly Figure[]): string[] {
  const goals = figures.filter((f) => f.goal);
  const undecided = goals.filter((f) => f.noisy);
  const missed = goals.filter((f) => !f.noisy && f.meets === false);
  const met = goals.length - undecided.length - missed.length;
  const lines = [`goals: ${met} met, ${missed.length} missed, ${undecided.length} too noisy to tell`];
  for (const f of missed) lines.push(`  missed: ${f.name}`);
  for (const f of undecided) lines.push(`  too noisy to tell (runs on both sides of the goal): ${f.name}`);
  const loose = figures.filter((f) => !f.goal && f.noisy).length;
  if (loose)
    lines.push(`${loose} figure(s) without a goal varied more than ${NOISY_SPREAD * 100}% between runs`);
  if (undecided.length || loose) lines.push('close other work and run again for steadier figures');
  return lines;
}
