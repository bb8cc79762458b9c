// A site's `identify` (the id and author that place a badge in the page's frame, before the post is read)
// says what `readPost` says of every post of every fixture: the project's, and the real captures where
// ../shared is present. A badge placed for a post its reading then disowns would be taken out again,
// moving the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafely } from '@/lib/page/read-page';
import { ADAPTERS } from '@/lib/sites/adapters';
import type { SiteAdapter } from '@/lib/sites/types';
import { parsePage } from '@/scripts/lib/dom';
import { hasReal, REAL } from '@/tests/sites/shared-fixtures';

const NOW = Date.parse('2026-11-20T12:00:00Z');

const pages = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f))
    : [];

/** The address each project fixture was saved at (its expected.json): some posts are told by it. */
function addressOf(file: string): string | undefined {
  const expected = join(dirname(file), 'expected.json');
  if (!existsSync(expected)) return undefined;
  return (JSON.parse(readFileSync(expected, 'utf8')) as Record<string, { url?: string }>)[basename(file)]
    ?.url;
}

/** Each post of a page: what `identify` says of it, and the id and author its reading found (or null). */
async function both(adapter: SiteAdapter, file: string) {
  const url = addressOf(file) ?? `https://${adapter.site.hosts[0]}/`;
  const page = parsePage(readFileSync(file, 'utf8'), url);
  try {
    const doc = page.document;
    const ctx = { locale: 'en', url: new URL(doc.location.href), now: NOW };
    return adapter.findPosts(adapter.feedRoot(doc) ?? doc).map((el) => {
      const r = readSafely(adapter, el, ctx);
      const { id, author } = r.ok ? r.post : r.problem;
      return { identified: adapter.identify!(el, ctx), read: id && author ? { id, author } : null };
    });
  } finally {
    await page.close();
  }
}

const identifying = ADAPTERS.filter((a) => a.identify);

describe('identify, before a post is read', () => {
  it('is given by every site but Reddit (whose posts carry their counts as attributes: read in the frame)', () => {
    expect(identifying.map((a) => a.site.id).sort()).toEqual([
      'bluesky',
      'facebook',
      'instagram',
      'linkedin',
      'mastodon',
      'threads',
      'tiktok',
      'x',
      'youtube',
    ]);
  });

  /** Checks every post of `files` agrees; returns how many posts there were. */
  async function agreeOn(adapter: SiteAdapter, files: string[]): Promise<number> {
    let posts = 0;
    for (const file of files)
      for (const { identified, read } of await both(adapter, file)) {
        expect(identified, file).toEqual(read);
        posts++;
      }
    return posts;
  }

  for (const adapter of identifying) {
    const site = adapter.site.id;
    it(`says what reading says of every post of ${site}’s own fixtures`, async () => {
      const files = pages(join('tests', 'fixtures', site));
      expect(files.length).toBeGreaterThan(0);
      expect(await agreeOn(adapter, files)).toBeGreaterThanOrEqual(5);
    });

    // Not every site has real captures (Mastodon has none).
    const real = pages(join(REAL, site));
    if (hasReal && !real.length) continue;
    it.skipIf(!hasReal)(`says what reading says of every post of ${site}’s real captures`, async () => {
      expect(await agreeOn(adapter, real)).toBeGreaterThan(0);
    });
  }
});
