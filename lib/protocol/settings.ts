// The user's settings, and the one check applied whenever they are read or saved (a bad value falls back).
export interface Settings {
  /** What the score is computed on: views when shown, followers where known, or raw counts (docs/scoring.md). */
  basis: 'auto' | 'views' | 'followers' | 'raw';
  /** 'equal' weighs every interaction alike; 'depth' leans to replies, reposts and saves. */
  weights: 'equal' | 'depth';
}

export const DEFAULT_SETTINGS: Settings = { basis: 'auto', weights: 'equal' };
const BASES: readonly Settings['basis'][] = ['auto', 'views', 'followers', 'raw'];
const WEIGHTS: readonly Settings['weights'][] = ['equal', 'depth'];

export function checkSettings(x: unknown): Settings {
  const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  return {
    basis: BASES.includes(r.basis as Settings['basis'])
      ? (r.basis as Settings['basis'])
      : DEFAULT_SETTINGS.basis,
    weights: WEIGHTS.includes(r.weights as Settings['weights'])
      ? (r.weights as Settings['weights'])
      : DEFAULT_SETTINGS.weights,
  };
}
