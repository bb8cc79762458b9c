// What Resonance's badges say on a page, read the way developer tools read them: the badges' shadow roots
// are closed, so a page's own scripts (and Playwright's locators) can't see inside them.
import type { Page } from '@playwright/test';

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function text(n: DomNode): string {
  if (n.nodeName === '#text') return n.nodeValue ?? '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join('');
}

function collect(n: DomNode, out: [string, string][]): void {
  if (n.nodeName === 'RESONANCE-BADGE') {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('data-post');
    out.push([i >= 0 ? (attrs[i + 1] ?? '') : '', (n.shadowRoots ?? []).map(text).join('')]);
  }
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c, out);
  if (n.contentDocument) collect(n.contentDocument, out);
}

/** Each badge on the page: the post it is for, and the text it shows. */
export async function badgeTexts(page: Page): Promise<[string, string][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const out: [string, string][] = [];
    collect(root, out);
    return out;
  } finally {
    await cdp.detach();
  }
}
