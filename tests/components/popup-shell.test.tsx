// @vitest-environment happy-dom
// The frame popup.html paints before its script arrives must be the one PopupApp first draws (header,
// "Reading this page…", footer): the script replaces one with the other, so any difference would flash.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { expect, it } from 'vitest';
import type { PopupApi } from '@/components/popup/api';
import { PopupApp } from '@/components/popup/PopupApp';
import { root } from '@/tests/helpers/dom-root';

/** Markup with the white space between tags dropped: the page is written to be read, the render is not. */
const tight = (html: string) => html.replace(/>\s+</g, '><').trim();

function shell(): string {
  const page = new DOMParser().parseFromString(
    readFileSync('entrypoints/popup/index.html', 'utf8'),
    'text/html',
  );
  return tight(page.getElementById('app')!.innerHTML);
}

it('popup.html paints the frame PopupApp draws before the page’s state is known', () => {
  const never = () => new Promise<never>(() => {});
  const api = { pageState: never, storageStatus: never } as unknown as PopupApi;
  render(<PopupApp api={api} first={never()} refreshMs={3_600_000} />, root);
  expect(shell()).toContain('Reading this page…');
  expect(tight(root.innerHTML)).toBe(shell());
});
