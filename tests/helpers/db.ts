import 'fake-indexeddb/auto';
import { openResonanceDB } from '../../lib/db';
import type { SnapshotInput } from '../../lib/messages';
import { exactCount } from '../../lib/metrics';

let n = 0;
/** A fresh, empty database per call (fake-indexeddb keeps them in memory). */
export function freshDb() {
  return openResonanceDB(`test-${process.pid}-${++n}`);
}

export function snap(over: Partial<SnapshotInput> & { postId: string; capturedAt: number }): SnapshotInput {
  return {
    key: `${over.postId}@${over.capturedAt}`,
    platform: 'x',
    url: `https://x.com/Brand/status/${over.postId}`,
    author: 'Brand',
    publishedAt: Date.UTC(2026, 10, 1),
    metrics: { likes: exactCount(10), comments: exactCount(2) },
    ...over,
  };
}
