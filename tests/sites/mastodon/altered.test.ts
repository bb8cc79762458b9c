// The project's Mastodon profile fixture altered as Mastodon could change it: a reply counter that shows
// no number is never read as 0, and a page whose counters all went blank says none could be read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLANK_REPLIES } from '@/lib/sites/mastodon/counts';
import { extractPage } from '@/scripts/lib/extract-page';
import { expectNoneRead } from '@/tests/sites/none-read';

const dir = join('tests', 'fixtures', 'mastodon');
const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))['profile.html'] as {
  url: string;
  own: string;
  now: string;
  posts: { id: string }[];
};
const profile = readFileSync(join(dir, 'profile.html'), 'utf8');
const read = (html: string) => extractPage(html, want.url, { own: want.own, now: Date.parse(want.now) });
/** Every counter's number taken out, the counters left in place. */
const blank = (html: string) => html.replace(/(<span style="position: static;">)[^<]*(<\/span>)/g, '$1$2');

describe('an altered Mastodon profile', () => {
  it('reads its counters as shown, "0" included', async () => {
    const got = await read(profile);
    expect(got.health.state).toBe('reading');
    expect(got.posts.some((p) => p.metrics.comments?.value === 0)).toBe(true);
  });

  it('with every counter blank: no post is stored as zeros, and the page says none could be read', async () => {
    const html = blank(profile);
    expect(html).not.toEqual(profile);
    const got = await read(html);
    expectNoneRead(
      got,
      want.posts.map((p) => p.id),
      BLANK_REPLIES,
    );
  });
});
