import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/** Rows drawn in the popup's first frame: more than its 600 px hold (a row is ~90–150 px high). */
export const FIRST_ROWS = 8;
/** Rows added after each paint from then on: short batches, so the popup answers a click meanwhile. */
export const MORE_ROWS = 40;

/**
 * How many of a page's `total` post rows to draw: a screenful first, then the rest, a batch after each
 * paint (Preact runs effects in a task after the frame). A page that keeps hundreds of posts (a
 * channel's videos, a profile scrolled far) then costs the popup's first paint the rows in view, not
 * ~1.3 ms a row for every post (docs/architecture.md).
 */
export function useRowsShown(total: number): number {
  const shown = useSignal(FIRST_ROWS);
  const now = shown.value;
  useEffect(() => {
    if (now < total) shown.value = now + MORE_ROWS;
  }, [now, total]);
  return Math.min(total, now);
}
