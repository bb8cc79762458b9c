// A selector with its evidence: where it was seen, and the project fixtures it must match. A test runs
// every selector of every site against its fixtures (tests/sites/selectors.test.ts), so a selector that
// matches nothing fails at once and dead ones can't pile up.

export interface Selector {
  readonly css: string;
  /** Where it was seen, and when: a capture, the site's code, a maintained extension. */
  readonly seen: string;
  /** Project fixtures (tests/fixtures/<site>/) in which it must match at least one element. */
  readonly fixtures: readonly string[];
  /** Real captures (../shared/fixtures/real/<site>/) in which it must match, checked when present. */
  readonly real?: readonly string[];
}

export function selector(
  css: string,
  seen: string,
  fixtures: readonly string[],
  real?: readonly string[],
): Selector {
  return { css, seen, fixtures, ...(real ? { real } : {}) };
}

/** The first element `selectors` finds in `root`, trying each in order. */
export function firstOf(root: ParentNode, selectors: readonly Selector[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s.css);
    if (el) return el;
  }
  return null;
}

/** Every Selector in a site's table, however it is nested, for the evidence test. */
export function everySelector(table: object): Selector[] {
  const out: Selector[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (typeof (v as Selector).css === 'string' && Array.isArray((v as Selector).fixtures))
        out.push(v as Selector);
      else Object.values(v).forEach(walk);
    }
  };
  walk(table);
  return out;
}
