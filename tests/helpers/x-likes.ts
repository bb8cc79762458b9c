/**
 * Each post's likes change as X draws them: in the like button's label and in the action bar's list of
 * counts, which Resonance reads first (lib/sites/x/counts.ts). A post is named by its id, or by its place
 * among the page's articles. Called as it is in a DOM test, or in Chromium's page as
 * `tab.evaluate(setXLikes, changes)`: self-contained, as Playwright sends the function's source.
 */
export function setXLikes(changes: readonly (readonly [string | number, number])[]): void {
  const articles = [...document.querySelectorAll('article')];
  for (const [which, n] of changes) {
    const article =
      typeof which === 'number'
        ? articles[which]
        : document.querySelector(`a[href$="/status/${which}"]`)?.closest('article');
    if (!article) continue;
    article.querySelector('[data-testid="like"]')?.setAttribute('aria-label', `${n} Likes. Like`);
    const bar = article.querySelector('[role="group"]');
    const label = bar?.getAttribute('aria-label') ?? '';
    bar?.setAttribute(
      'aria-label',
      /\d+ likes?\b/.test(label) ? label.replace(/\d+ likes?\b/, `${n} likes`) : `${label}, ${n} likes`,
    );
  }
}
