// What Resonance's badges say on a page, read the way developer tools read them: the badges' shadow roots
// are closed, so a page's own scripts (and Playwright's locators) can't see inside them.
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const attr = (n: DomNode, name: string) => {
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf(name);
  return i >= 0 && i % 2 === 0 ? (attrs[i + 1] ?? '') : undefined;
};

/** The text a badge shows: its style sheet and its closed explanation are not shown. */
function text(n: DomNode): string {
  if (n.nodeName === '#text') return n.nodeValue ?? '';
  if (n.nodeName === 'STYLE' || attr(n, 'hidden') !== undefined) return '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join('');
}

function hosts(n: DomNode, out: DomNode[] = []): DomNode[] {
  if (n.nodeName === 'RESONANCE-BADGE') out.push(n);
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) hosts(c, out);
  if (n.contentDocument) hosts(n.contentDocument, out);
  return out;
}

function find(n: DomNode, match: (n: DomNode) => boolean): DomNode | undefined {
  if (match(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const found = find(c, match);
    if (found) return found;
  }
  return undefined;
}

function all(n: DomNode, out: DomNode[] = []): DomNode[] {
  out.push(n);
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) all(c, out);
  return out;
}

async function withCdp<T>(page: Page, use: (cdp: CDPSession, root: DomNode) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return await use(cdp, root);
  } finally {
    await cdp.detach();
  }
}

/** Each badge on the page: the post it is for, and the text it shows. */
export async function badgeTexts(page: Page): Promise<[string, string][]> {
  return withCdp(page, async (_, root) =>
    hosts(root).map((h) => [attr(h, 'data-post') ?? '', (h.shadowRoots ?? []).map(text).join('')]),
  );
}

/** The parts of a badge: its box (which carries the tone), its button and its explanation panel. */
export type BadgePart = 'box' | 'button' | 'panel';
const PART: Record<BadgePart, string> = { box: 'DIV', button: 'BUTTON', panel: 'P' };

function partOf(page: Page, root: DomNode, post: string, part: BadgePart) {
  const host = hosts(root).find((h) => attr(h, 'data-post') === post);
  const node = host && find(host.shadowRoots?.[0] ?? host, (n) => n.nodeName === PART[part]);
  if (!host || !node) throw new Error(`no badge ${part} for post ${post} on ${page.url()}`);
  return { host, node };
}

/**
 * Runs `fn` on a part of the badge of post `post`, inside its closed shadow root (as developer tools
 * can), and returns its result. `fn` runs in the page: it may use only its argument.
 */
export async function inBadge<T>(
  page: Page,
  post: string,
  part: BadgePart,
  fn: (el: HTMLElement) => T,
): Promise<T> {
  return withCdp(page, async (cdp, root) => {
    const { node } = partOf(page, root, post, part);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return (${fn.toString()})(this); }`,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails)
      throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  });
}

/**
 * Copies the inside of post `post`'s badge into an open shadow root of a new element `#id` right after it,
 * with the badge's style sheet `css`, for tools that can't pierce a closed root (axe).
 */
export async function copyBadge(page: Page, post: string, css: string, id: string): Promise<void> {
  const html = await withCdp(page, async (cdp, root) => {
    const { node } = partOf(page, root, post, 'box');
    return (await cdp.send('DOM.getOuterHTML', { backendNodeId: node.backendNodeId })).outerHTML;
  });
  await page.evaluate(
    ({ css, html, post, id }) => {
      document.getElementById(id)?.remove();
      const host = document.createElement('div');
      host.id = id;
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      // The badge's own serialised markup: Resonance's words, not the page's.
      const t = document.createElement('template');
      t.innerHTML = html;
      root.append(style, t.content);
      document.querySelector(`resonance-badge[data-post="${post}"]`)?.after(host);
    },
    { css, html, post, id },
  );
}

export interface AxNode {
  role: string;
  name: string;
  ignored: boolean;
  properties: Record<string, unknown>;
}

/** The accessibility tree's nodes for a badge (its host and everything inside), as assistive tech gets them. */
export async function badgeAx(page: Page, post: string): Promise<AxNode[]> {
  return withCdp(page, async (cdp, root) => {
    const { host } = partOf(page, root, post, 'box');
    const ids = new Set(all(host).map((n) => n.backendNodeId));
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((n) => n.backendDOMNodeId !== undefined && ids.has(n.backendDOMNodeId))
      .map((n) => ({
        role: String(n.role?.value ?? ''),
        name: String(n.name?.value ?? ''),
        ignored: n.ignored,
        properties: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
      }));
  });
}

/**
 * Scrolls every badge near the viewport in turn, then back to the top: a badge is drawn only once it has
 * come near the viewport (lib/page/near.ts), so a test reading every badge of a long page brings each near.
 */
export async function bringBadgesNear(page: Page): Promise<void> {
  // No named function inside: tsx (npm start) would wrap it in a helper the page doesn't have.
  await page.evaluate(async () => {
    for (const host of [...document.querySelectorAll('resonance-badge'), null]) {
      if (host) host.scrollIntoView({ block: 'center' });
      else scrollTo(0, 0);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
}
