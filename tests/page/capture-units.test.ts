// @vitest-environment happy-dom
// A page takes its count units from the worker before its first read, so its own thread never learns them
// from Intl (a page's first read spent ~45 ms there); a page whose request fails learns them itself.
import { afterEach, describe, expect, it } from 'vitest';
import { unitsFor } from '@/lib/background/unit-tables';
import { exactCount } from '@/lib/core/metrics';
import { adoptWorkerUnits } from '@/lib/page/read-page';
import type { ContentSend } from '@/lib/protocol/messages';
import type { WordsKind } from '@/lib/sites/shared/time/words';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { bg, post, start, until, useCapture } from './capture-harness';

let locale = 'en';
let unitsFail = false;
useCapture(() => ({ locale, unitsFail }));

/** Compact number formats made since watchFormats(): what learning a locale's units makes. */
let compactMade = 0;
const NumberFormat = Intl.NumberFormat;
function watchFormats() {
  compactMade = 0;
  Intl.NumberFormat = class extends NumberFormat {
    constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
      super(locales, options);
      if (options?.notation === 'compact') compactMade++;
    }
  } as typeof Intl.NumberFormat;
}
afterEach(() => {
  Intl.NumberFormat = NumberFormat;
});

/**
 * A page in `tag` starts, its worker answering the units request or failing it, and reads one post of
 * 1,234 likes: asked for its locale, read right. Returns the compact formats the page made meanwhile.
 */
async function firstRead(tag: string, fail: boolean): Promise<number> {
  locale = tag;
  unitsFail = fail;
  // The fake worker runs in this process: it learns first, as the real one does in its own.
  if (!fail) unitsFor([tag]);
  watchFormats();
  await start([post({ seq: 1, likes: 1234 })]);
  await until(() => bg.snapshots.length === 1);
  expect(bg.unitsAsked).toEqual([[tag]]);
  expect(bg.snapshots[0]!.metrics.likes).toEqual(exactCount(1234));
  return compactMade;
}

describe('count units from the worker', () => {
  // Each test its own locale: the units a page learns or adopts are kept for the page's life (the module's).
  it('are asked for at start, for the page’s locale, and adopted: the reads learn nothing', async () => {
    expect(await firstRead('en-IE', false)).toBe(0);
  });

  it('that cannot be had are learned by the page at its first read, and the counts are the same', async () => {
    expect(await firstRead('en-NZ', true)).toBeGreaterThan(0);
  });

  it('a site that reads written times or ages asks for its kind of time words of its locale too, and takes them', async () => {
    const asked: unknown[] = [];
    const taken: string[] = [];
    const send = (async (_type: string, payload: { locales: string[]; words?: WordsKind }) => {
      asked.push(payload);
      return unitsFor(payload.locales, payload.words);
    }) as unknown as ContentSend;
    const written: SiteAdapter = {
      ...xAdapter,
      words: {
        kind: 'written',
        adopt: (tag, words) => taken.push(`${tag}: ${words.dates.words.some((w) => w.text === 'dezember')}`),
      },
    };
    await adoptWorkerUnits(send, 'de', written);
    expect(asked).toEqual([{ locales: ['de'], words: 'written' }]);
    expect(taken).toEqual(['de: true']); // German's words, and none for the English units added
    const ages: SiteAdapter = {
      ...xAdapter,
      words: { kind: 'ages', adopt: (tag, words) => taken.push(`${tag}: ${words.months[11]![1]}`) },
    };
    await adoptWorkerUnits(send, 'de', ages);
    expect(asked[1]).toEqual({ locales: ['de'], words: 'ages' });
    expect(taken[1]).toBe('de: dezember');
    await adoptWorkerUnits(send, 'de', xAdapter);
    expect(asked[2]).toEqual({ locales: ['de'], words: undefined });
  });
});
