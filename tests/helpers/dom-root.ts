// Component tests' page: a fresh element to render into for each test, emptied and removed after it,
// and a wait for what a render shows (a condition polled, never a timer raced).
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export let root: HTMLDivElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Resolves with what `find` finds, polling for up to a second; else fails naming `what` and the page's text. */
export async function until<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}\n${root.textContent}`);
}
