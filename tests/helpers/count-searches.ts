// How often a document is searched with a given selector: a site's adapter must search the whole page once
// per run of its script, not once per post (lib/sites/shared/per-run.ts).

/** Counts `doc.querySelectorAll` calls whose selector `counts` picks, from now on; returns the count so far. */
export function countSearches(doc: Document, counts: (css: string) => boolean): () => number {
  const query = doc.querySelectorAll.bind(doc);
  let searches = 0;
  doc.querySelectorAll = ((css: string) => {
    if (counts(css)) searches++;
    return query(css);
  }) as typeof doc.querySelectorAll;
  return () => searches;
}
