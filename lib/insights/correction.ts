// Many groups compared at once: the Benjamini–Hochberg step-up procedure (Benjamini & Hochberg 1995).
// Why BH rather than Bonferroni: a manager reads a list of findings, so what matters is the share of
// false ones among those shown (the false discovery rate), and BH keeps the power to show several real
// ones; on a history with no effect at all it is as strict as Bonferroni about showing any.

/** Which of the p-values are discoveries at false discovery rate `q` (NaN: not tested, never one). */
export function benjaminiHochberg(p: readonly number[], q: number): boolean[] {
  const tested = p.map((v, i) => [v, i] as const).filter(([v]) => !Number.isNaN(v));
  tested.sort((a, b) => a[0] - b[0]);
  const m = tested.length;
  let k = 0;
  for (let r = m; r >= 1; r--) {
    if (tested[r - 1]![0] <= (r * q) / m) {
      k = r;
      break;
    }
  }
  const out = p.map(() => false);
  for (let r = 0; r < k; r++) out[tested[r]![1]] = true;
  return out;
}
