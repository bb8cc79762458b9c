// The in-page badge, built with DOM calls: a button and its panel, and a UI framework would be most of a
// site script's 15 kB budget (measured: Preact and its renderer were 4.5 kB of 18 kB gzip). All text is
// set with textContent, never parsed as HTML.
//
// A disclosure button (WAI-ARIA's disclosure pattern): Tab reaches it, Enter, Space or a click opens the
// explanation below it, Escape closes it. Not a live region: a score arriving is not announced without
// saying which post it is for. Its name is words ("2.0 times usual"); the glyphs are hidden from
// assistive tech.
import { type BadgeView, badgeText, toneOf } from './badge-state';

/**
 * The badge's room, placed with its post before there is anything to draw: its style and an empty box.
 * Drawing fills the box, never adds to the host, so the page around it is not laid out again. The style
 * is `sheet`, one parsed sheet adopted by every badge: a <style> in each of a feed's many shadow roots
 * cost the page's style and layout more than the badges' own elements did (scripts/bench/scroll.bench.ts).
 * Where a content script may not give the page a sheet it made (Firefox throws: its bug 1928865), or
 * there is none, each root gets a <style> of `css`.
 */
export function frameBadge(root: ShadowRoot, css: string, sheet?: CSSStyleSheet): void {
  const doc = root.ownerDocument;
  try {
    root.adoptedStyleSheets = [sheet!];
  } catch {
    root.append(doc.createElement('style'));
    root.firstChild!.textContent = css;
  }
  root.append(doc.createElement('div'));
}

/** Draws `view` in the box `frameBadge` placed, in dark colours when `dark` (badge-theme.ts). */
export function renderBadge(root: ShadowRoot, view: BadgeView, dark?: boolean): void {
  const { line, label = line, detail } = badgeText(view);
  const box = root.querySelector('div')!;
  if (!box.firstChild) build(root, box);
  box.className = toneOf(view) + (dark ? ' dark' : '');
  const [button, panel] = box.children as unknown as [HTMLElement, HTMLElement];
  button.setAttribute('aria-label', `Resonance: ${label}`);
  (button.firstChild as HTMLElement).textContent = line;
  panel.textContent = detail;
}

function build(root: ShadowRoot, box: HTMLDivElement): void {
  const doc = root.ownerDocument;
  const button = doc.createElement('button');
  const line = doc.createElement('span');
  const panel = doc.createElement('p');
  line.setAttribute('aria-hidden', 'true');
  button.append(line);
  // An open badge lets its host grow to the explanation's height (BADGE_CSS); the feed observer ignores
  // its hosts' attributes, so opening never re-reads the post.
  const open = (yes: boolean) => {
    button.setAttribute('aria-expanded', `${yes}`);
    panel.hidden = !yes;
    root.host.toggleAttribute('open', yes);
  };
  open(false);
  // The post around the badge is the site's: a click on the badge must not open the post, and keys
  // pressed on it must not reach the site's shortcuts.
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    open(panel.hidden as boolean);
  });
  button.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') open(false);
  });
  box.append(button, panel);
}

// Okabe–Ito blue/vermillion: distinguishable with the common colour-vision deficiencies. A tone's class
// (badge-state.ts) names its accent --a; fills and the dark theme's colours are mixed from it. Settled
// results are filled (the strong ones solid); projections (`early`) and saving or learning (`muted`) are
// outlined on the page's own colour (--g) and dashed: lighter than any fill. `dark` is decided from the page
// (badge-theme.ts) and keeps the strong fills. The mark's alternative text is empty: it is not read out.
//
// The host keeps its place: it is placed with its post, before the page lays the post out, at the height
// a drawn badge takes (two lines on narrow screens, where a score wraps). Its box is contained (`strict`:
// size, layout, style and paint), so drawing it later, or again, lays out nothing outside the box: the
// browser's relayout stops at a box whose size is its own, if it is not a flex item (as the host often
// is, in the site's flex layout); a line longer than its room is clipped, never drawn over the post. It
// is never wider than its column (a block of its own, so no line box adds to its height). Only an opened
// explanation lets it grow.
export const BADGE_CSS = `:host{all:initial;display:block;height:calc(1lh + 14px);margin-top:3px;\
font:500 12px/1.3 system-ui}@media (max-width:500px){:host{height:calc(2lh + 14px)}}\
div{height:100%;box-sizing:border-box;contain:strict;padding:3px;--c:var(--a);--f:color-mix(in srgb,var(--a) 10%,#fff);--g:#fff}\
.dark{--c:color-mix(in srgb,var(--a) 45%,#fff);--f:color-mix(in srgb,var(--a) 25%,#16181c);--g:#16181c}\
.strong-up,.strong-down{--f:var(--a);--t:#fff}.strong-up,.up{--a:#0060a8}.neutral,.muted{--a:#3d4450}\
.down,.strong-down{--a:#a04b00}.problem{--a:#7a1f1f}\
button{all:unset;display:inline-flex;gap:6px;padding:3px 8px;border-radius:999px;border:1px solid var(--c);\
background:var(--f);color:var(--t,var(--c));cursor:pointer;overflow-wrap:anywhere}\
button::before{content:"◉"/""}button:focus-visible{outline:2px solid var(--c)}\
.early button,.muted button{background:var(--g);color:var(--c);border-style:dashed}\
p{margin:4px 0 0;padding:6px 8px;max-width:34em;white-space:pre-line;border:1px solid;border-radius:8px;\
background:var(--g);color:var(--c)}:host([open]),:host([open]) div{height:auto;contain:none}`;
