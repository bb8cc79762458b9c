// Counts the Intl formatters a page makes: a test swaps Intl's constructors for counting ones, and puts
// them back after (Intl's constructors are read-only to TypeScript, not to the runtime).
import { afterEach } from 'vitest';

type Counted = 'DateTimeFormat' | 'RelativeTimeFormat' | 'PluralRules';
const intl = Intl as unknown as Record<Counted, new (...a: unknown[]) => object>;
const real = {
  DateTimeFormat: Intl.DateTimeFormat,
  RelativeTimeFormat: Intl.RelativeTimeFormat,
  PluralRules: Intl.PluralRules,
};

/** Registers the hook that restores Intl after each test of the calling file. */
export function restoreIntlAfterEach(): void {
  afterEach(() => Object.assign(intl, real));
}

/** From now until the test ends, counts each `names` made; returns the count so far. */
export function countIntlMade(...names: Counted[]): () => number {
  let made = 0;
  for (const name of names) {
    const Base = real[name] as unknown as new (...a: unknown[]) => object;
    intl[name] = class extends Base {
      constructor(...a: unknown[]) {
        super(...a);
        made++;
      }
    };
  }
  return () => made;
}
