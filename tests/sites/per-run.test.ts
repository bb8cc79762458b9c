// perRun: a whole-page lookup answered once for a run of script, and looked up again in the next.
import { describe, expect, it } from 'vitest';
import { perRun } from '@/lib/sites/shared/per-run';

describe('perRun', () => {
  it('answers the same arguments from one lookup while the run goes on, and looks again in a later task', async () => {
    const calls: string[] = [];
    let page = 'first';
    const look = perRun((_doc: object, href: string) => {
      calls.push(href);
      return `${page} ${href}`;
    });
    const doc = {};
    expect([look(doc, '/a'), look(doc, '/a')]).toEqual(['first /a', 'first /a']);
    expect(calls).toEqual(['/a']);
    // Other arguments are looked up: another address, another page.
    expect(look(doc, '/b')).toBe('first /b');
    const other = {};
    expect(look(other, '/b')).toBe('first /b');
    expect(calls).toEqual(['/a', '/b', '/b']);
    // The page changes between runs: the same arguments are looked up again.
    page = 'second';
    await new Promise((r) => setTimeout(r, 0));
    expect(look(other, '/b')).toBe('second /b');
    expect(calls).toEqual(['/a', '/b', '/b', '/b']);
  });
});
