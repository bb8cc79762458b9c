// The width a chart has to draw in, so its SVG is drawn at the size it is shown: text keeps its size on
// a phone instead of shrinking with a scaled-down picture.
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * A ref for the chart's box, and its width: at most `max`; `max` until measured, and where nothing can
 * measure (tests). The box is watched from whenever it is drawn (a chart may draw nothing at first).
 */
export function useWidth<T extends HTMLElement>(max: number): [(el: T | null) => void, number] {
  const [el, setEl] = useState<T | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setMeasured(w);
    };
    measure();
    const watching = new ResizeObserver(measure);
    watching.observe(el);
    return () => watching.disconnect();
  }, [el]);
  return [setEl, Math.min(max, measured ?? max)];
}
