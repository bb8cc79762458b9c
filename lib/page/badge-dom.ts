// The in-page badge, built with DOM calls: a button and its panel, and a UI framework would be most of a
// site script's 15 kB budget (measured: Preact and its renderer were 4.5 kB of 18 kB gzip). All text is
// set with textContent, never parsed as HTML.
//
// A disclosure button (WAI-ARIA's disclosure pattern): Tab reaches it, Enter, Space or a click opens the
// explanation below it, Escape closes it. Not a live region: a score arriving is not announced without
// saying which post it is for. Its name is words ("2.0 times usual"); the glyphs are hidden from
// assistive tech.
import { type BadgeView, badgeText, toneOf } from './badge-state';
import { isDarkBehind } from './badge-theme';

export function renderBadge(root: ShadowRoot, view: BadgeView): void {
  const { line, label = line, detail } = badgeText(view);
  const box = root.querySelector('div') ?? build(root);
  box.className = toneOf(view);
  const [button, panel] = box.children as unknown as [HTMLElement, HTMLElement];
  button.setAttribute('aria-label', `Resonance: ${label}`);
  (button.firstChild as HTMLElement).textContent = line;
  panel.textContent = detail;
  applyTheme(root);
}

/** Light or dark colours from the page behind the badge (badge-theme.ts); nothing changes if the same. */
export function applyTheme(root: ShadowRoot): void {
  root.querySelector('div')?.classList.toggle('dark', isDarkBehind(root.host.parentElement));
}

function build(root: ShadowRoot): HTMLDivElement {
  const doc = root.ownerDocument;
  const box = doc.createElement('div');
  const button = doc.createElement('button');
  const line = doc.createElement('span');
  const panel = doc.createElement('p');
  line.setAttribute('aria-hidden', 'true');
  button.append(line);
  const open = (yes: boolean) => {
    button.setAttribute('aria-expanded', `${yes}`);
    panel.hidden = !yes;
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
  root.append(box);
  return box;
}

// Okabe–Ito blue/vermillion: distinguishable with the common colour-vision deficiencies. A tone's class
// (badge-state.ts) names its accent --a; fills and the dark theme's colours are mixed from it. Settled
// results are filled (the strong ones solid); projections (`early`) and saving or learning (`muted`) are
// outlined on the page's own colour (--g) and dashed: lighter than any fill. `dark` is decided from the page
// (badge-theme.ts) and keeps the strong fills. The mark's alternative text is empty: it is not read out.
// The host keeps its place: its height is reserved before the score comes (two lines on narrow screens,
// where a score wraps), `contain` keeps its inside from moving the page, and it is never wider than its
// column (a block of its own, so no line box adds to its height).
export const BADGE_CSS = `:host{all:initial;display:block;min-height:calc(1lh + 14px);margin-top:3px;contain:content;\
font:500 12px/1.3 system-ui,sans-serif}\
@media (max-width:500px){:host{min-height:calc(2lh + 14px)}}\
div{padding:3px;--c:var(--a);--f:color-mix(in srgb,var(--a) 10%,#fff);--g:#fff}\
.dark{--c:color-mix(in srgb,var(--a) 45%,#fff);--f:color-mix(in srgb,var(--a) 25%,#16181c);--g:#16181c}\
.strong-up,.strong-down{--f:var(--a);--t:#fff}.strong-up,.up{--a:#0060a8}.neutral,.muted{--a:#3d4450}\
.down,.strong-down{--a:#a04b00}.problem{--a:#7a1f1f}\
button{all:unset;display:inline-flex;gap:6px;padding:3px 8px;border-radius:999px;border:1px solid var(--c);\
background:var(--f);color:var(--t,var(--c));cursor:pointer;overflow-wrap:anywhere}\
button::before{content:"◉"/""}button:focus-visible{outline:2px solid var(--c)}\
.early button,.muted button{background:var(--g);color:var(--c);border-style:dashed}\
p{margin:4px 0 0;padding:6px 8px;max-width:34em;white-space:pre-line;border:1px solid;border-radius:8px;\
background:var(--g);color:var(--c)}`;
