// Light or dark from the site itself, not the OS: a site's own theme (X's light, dim and dark) need not
// follow the system's. The badge looks at the first opaque background behind it.

/**
 * Relative luminance (WCAG 2.x), 0 for black to 1 for white, with sRGB's transfer curve taken as a 2.2
 * power, its usual approximation: within 0.01 of the exact curve for any colour, and smaller to ship.
 */
export function luminance(r: number, g: number, b: number): number {
  return 0.2126 * (r / 255) ** 2.2 + 0.7152 * (g / 255) ** 2.2 + 0.0722 * (b / 255) ** 2.2;
}

/**
 * Below this luminance white text contrasts more than black ((1.05)/(L+0.05) = (L+0.05)/0.05 at
 * L = √0.0525 − 0.05 ≈ 0.18), so the badge takes its dark colours.
 */
const DARK_BELOW = 0.18;

/** Dark when the first opaque background from `el` up is dark; with none, light (the browser's canvas). */
export function isDarkBehind(el: Element | null): boolean {
  for (; el; el = el.parentElement) {
    const css = getComputedStyle(el).backgroundColor;
    // Browsers compute sRGB colours as rgb()/rgba(); others (oklch(), color()) are passed over, like
    // see-through ones (under half opaque).
    if (!css.startsWith('rgb')) continue;
    const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
    if (a >= 0.5) return luminance(r!, g!, b!) < DARK_BELOW;
  }
  return false;
}
