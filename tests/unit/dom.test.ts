// The Node DOM `npm run extract` reads saved pages with.
import { describe, expect, it } from 'vitest';
import { parsePage, withoutSvgStyles } from '@/scripts/lib/dom';

describe('parsePage', () => {
  it('keeps what follows a <style> inside an inline <svg> (saved new-Reddit icons have them)', async () => {
    const html =
      '<html><body><header><svg viewBox="0 0 1 1"><defs><style>.a{fill:red}</style></defs><path class="a"/></svg></header><shreddit-post id="t3_x" score="5"></shreddit-post></body></html>';
    const page = parsePage(html, 'https://www.reddit.com/');
    try {
      expect(page.document.querySelector('shreddit-post')?.getAttribute('score')).toBe('5');
      expect(page.document.querySelector('svg path')).not.toBeNull();
    } finally {
      await page.close();
    }
  });

  it('takes styles out of inline SVGs only', () => {
    const html = '<style>p{}</style><svg><style>.a{}</style><g/></svg><p>x</p>';
    expect(withoutSvgStyles(html)).toBe('<style>p{}</style><svg><g/></svg><p>x</p>');
  });
});
