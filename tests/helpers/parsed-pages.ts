// Pages parsed for a site's adapter tests, each closed once its test is done: a site's test setup makes one
// parser, and every test file of that site that parses pages registers its closing.
import { afterEach } from 'vitest';
import { type ParsedPage, parsePage } from '@/scripts/lib/dom';

export interface PageParser {
  /** The document of `html` as parsed at `url`; closed after the test that asked for it. */
  docOf: (html: string, url?: string) => Document;
  /** Closes the pages `docOf` parsed, after each test: call once at a test file's top level. */
  useCleanup: () => void;
}

export function pageParser(defaultUrl: string): PageParser {
  const open: ParsedPage[] = [];
  return {
    docOf: (html, url = defaultUrl) => {
      const page = parsePage(html, url);
      open.push(page);
      return page.document;
    },
    useCleanup: () =>
      afterEach(async () => {
        await Promise.all(open.splice(0).map((p) => p.close()));
      }),
  };
}
