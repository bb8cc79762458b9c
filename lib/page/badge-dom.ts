// The in-page badge, built with DOM calls: it is three elements, and a UI framework would be most of a
// site script's 15 kB budget (measured: Preact and its renderer were 4.5 kB of 18 kB gzip). All text is
// set with textContent, never parsed as HTML.
import { type BadgeView, badgeText, toneOf } from './badge-state';

export function renderBadge(root: ShadowRoot, view: BadgeView): void {
  const doc = root.ownerDocument;
  const { line, title } = badgeText(view);
  let badge = root.querySelector('.badge') as HTMLElement | null;
  if (!badge) {
    badge = doc.createElement('span');
    const mark = doc.createElement('span');
    mark.className = 'mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '◉';
    const text = doc.createElement('span');
    text.className = 'line';
    badge.append(mark, text);
    root.append(badge);
  }
  badge.className = `badge ${toneOf(view)}`;
  badge.title = title;
  badge.setAttribute('role', 'status');
  badge.setAttribute('aria-label', `Resonance: ${line}`);
  (badge.querySelector('.line') as HTMLElement).textContent = line;
}

// Okabe–Ito blue/vermillion: distinguishable with the common colour-vision deficiencies.
export const BADGE_CSS = `
:host { all: initial; display: inline-block; max-width: 100%; margin: 6px 0 2px; font: 500 12px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; }
.badge { display: inline-flex; gap: 6px; align-items: center; max-width: 100%; box-sizing: border-box; padding: 3px 9px 3px 7px;
  border-radius: 999px; border: 1px solid currentColor; background: #fff; color: #3d4450; cursor: help; }
.line { overflow-wrap: anywhere; }
.mark { font-size: 11px; opacity: .8; }
.strong-up { color: #fff; background: #0060a8; border-color: #0060a8; }
.up { color: #0060a8; background: #e8f2fb; }
.neutral { color: #3d4450; background: #f3f4f6; }
.down { color: #a04b00; background: #fdf1e6; }
.strong-down { color: #fff; background: #b34700; border-color: #b34700; }
.muted { color: #5b6270; background: #f7f7f8; border-style: dashed; }
.problem { color: #7a1f1f; background: #fdecec; }
@media (prefers-color-scheme: dark) {
  .badge { background: #16181c; }
  .neutral, .muted { color: #c9ced6; background: #202328; }
  .up { color: #8cc4f0; background: #0d2234; }
  .down { color: #f0b27a; background: #2e1d0e; }
  .problem { color: #f3a6a6; background: #2f1414; }
}
`;
