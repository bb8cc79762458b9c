// The clock and unit lengths the relative-time tests (relative.test.ts, relative-intl.test.ts) measure ages in.
export const NOW = Date.UTC(2025, 5, 15, 10, 0, 0);
export const S = 1000;
const MIN = 60 * S;
export const H = 60 * MIN;
export const D = 24 * H;
// Written out here, not imported, so a wrong constant in the code fails the test.
export const UNIT = {
  second: S,
  minute: MIN,
  hour: H,
  day: D,
  week: 7 * D,
  month: 30.44 * D,
  year: 365.25 * D,
} as const;
export type Unit = keyof typeof UNIT;
