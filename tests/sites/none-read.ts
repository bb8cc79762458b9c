// What a page whose posts are all unreadable for one reason must show: nothing stored, each post reported
// with the reason, and the page's health saying none could be read (the altered-page tests of each site).
import { expect } from 'vitest';
import type { extractPage } from '@/scripts/lib/extract-page';

export function expectNoneRead(
  got: Awaited<ReturnType<typeof extractPage>>,
  ids: readonly string[],
  reason: string,
): void {
  expect(got.posts).toEqual([]);
  expect(got.problems.filter((p) => !('page' in p)).map((p) => [p.id, p.reason])).toEqual(
    ids.map((id) => [id, reason]),
  );
  expect(got.health).toEqual({ state: 'broken', why: `posts were found but none could be read: ${reason}` });
}
