// The adapter code of the content scripts, run on a saved page: `npm run extract` and the fixture tests.
// Reports what the content script would: every post, each post it can't read, and the page's health.
import { parsePage } from './dom';
import { type ExtractOptions, extractDocument } from './extract-document';

export async function extractPage(html: string, url: string, opts: ExtractOptions = {}) {
  let pageUrl: URL;
  try {
    pageUrl = new URL(url);
  } catch {
    throw new Error(`--url is not a URL: ${url}`);
  }
  const page = parsePage(html, pageUrl.href);
  try {
    return extractDocument(page.document, pageUrl, opts);
  } finally {
    await page.close();
  }
}
