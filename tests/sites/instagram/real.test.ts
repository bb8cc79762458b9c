// The Instagram adapter on the real captured pages, read through tests/sites/shared-fixtures.ts when they
// are present. Expected values are read off the markup by hand (the captures' SOURCES.md), independently
// of this code. What each proves is also proved by a project fixture (named beside it), so a break shows
// without the captures too.
import { describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from '@/lib/sites/instagram/adapter';
import { parsePage } from '@/scripts/lib/dom';
import { extractPage } from '@/scripts/lib/extract-page';
import { hasReal, readReal } from '@/tests/sites/shared-fixtures';

const exact = (n: number) => ({ value: n, min: n, max: n });

describe.skipIf(!hasReal)('Instagram adapter on real captures', () => {
  // Project fixture: post-page-pt.html.
  it('reads the post of a Portuguese post page, not its comments nor its "Mais posts" grid', async () => {
    const html = readReal('instagram/post-page-pt.html');
    const url = 'https://www.instagram.com/p/DQq9PJQk4TG/';
    const r = await extractPage(html, url, {
      adapter,
      own: 'opovoonline',
      now: Date.parse('2025-11-26T12:00:00Z'),
    });
    expect(r.platform).toBe('instagram');
    expect(r.problems).toEqual([]);
    expect(r.posts).toEqual([
      {
        id: 'DQq9PJQk4TG',
        url: 'https://www.instagram.com/p/DQq9PJQk4TG/',
        author: 'opovoonline',
        own: true,
        // The permalink's <time>; the caption's own is 3 s later (10:20:18).
        publishedAt: '2025-11-05T10:20:15.000Z',
        format: 'carousel',
        // The caption (the first entry of the comment list, its time in no link): line breaks and the
        // blank braille cells between its paragraphs are single spaces; mentions and tags are links in it.
        text: 'Bom dia, seguidores ☕ Confiram os destaques da nossa edição desta quarta-feira, 5. Veja ainda os destaques das capas do @vidaearteopovo e @esportesopovo. 🔗Acesse o conteúdo completo da edição em mais.opovo.com.br ou clique no link em nossa bio. #opovo #opovomais #noticias #fortaleza #ceara',
        metrics: { likes: exact(137), comments: exact(5) },
      },
    ]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 1, unreadable: 0 });
    // Comments (/p/DQq9PJQk4TG/c/<id>/, "1 curtida") and the "Mais posts" tiles are not this post.
    const text = JSON.stringify(r);
    // Nor are the comments' words the post's text.
    expect(text).not.toContain('Enquanto não investigarem');
    for (const id of ['17893098402360443', '18069442070052763', 'DRfkpjhk2RZ', 'DRgB41QDdwA', 'DRf9so2gCpr'])
      expect(text).not.toContain(id);
    expect(r.viewer).toBe('albertohr1001');
    expect(r.pageAccount).toBe('opovoonline');
  });

  it('does not mark the post page’s account as the viewer’s', async () => {
    const page = parsePage(
      readReal('instagram/post-page-pt.html'),
      'https://www.instagram.com/p/DQq9PJQk4TG/',
    );
    try {
      expect(adapter.pageAccount(page.document, new URL(page.document.URL))).toEqual({
        handle: 'opovoonline',
      });
    } finally {
      await page.close();
    }
  });

  // Project fixture: profile-grid.html.
  it('reads only the hovered tile of a profile grid, and the other eleven tiles are no problem', async () => {
    const html = readReal('instagram/profile-grid.html');
    const url = 'https://www.instagram.com/gdg_rbu/';
    const r = await extractPage(html, url, { adapter, now: Date.parse('2025-02-05T12:00:00Z') });
    expect(r.viewer).toBe('imposterx.com.in');
    expect(r.pageAccount).toBe('gdg_rbu');
    expect(r.problems).toEqual([]);
    expect(r.health).toEqual({ state: 'reading', posts: 1, own: 0, unreadable: 0 });
    expect(r.posts).toEqual([
      {
        id: 'DFe0nxuhPox',
        url: 'https://www.instagram.com/reel/DFe0nxuhPox/',
        author: 'gdg_rbu',
        own: false,
        // From the shortcode: the media id's upload time, to within a minute.
        publishedAt: '2025-01-31T07:28:42.166Z',
        publishedPrecisionMinutes: 1,
        format: 'reel',
        metrics: { likes: exact(203), comments: exact(5) },
      },
    ]);
  });

  it('sees that the logged-in account does not manage the profile it views (Follow, no Edit profile)', async () => {
    const page = parsePage(readReal('instagram/profile-grid.html'), 'https://www.instagram.com/gdg_rbu/');
    try {
      expect(adapter.pageAccount(page.document, new URL(page.document.URL))).toEqual({ handle: 'gdg_rbu' });
    } finally {
      await page.close();
    }
  });
});
