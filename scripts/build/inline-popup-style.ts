// The popup's stylesheet is written into its page: an extension page's every file is one more request to
// the browser's extension loader, and its module script waits for the sheet before it runs. Traced here
// (docs/architecture.md), the sheet arrived 4-11 ms after the script, which then ran. An inline <style>
// is allowed by the extension pages' default content security policy (it restricts scripts only).
import type { Plugin } from 'vite';

type Bundle = Record<string, { type: string; fileName: string; source?: string | Uint8Array }>;

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/** `html` with each linked sheet found in `sheets` written in as a <style>; the names of those written. */
export function inlineSheets(html: string, sheets: Map<string, string>): { html: string; used: string[] } {
  const used: string[] = [];
  const out = html.replace(LINK, (link, name: string) => {
    const css = sheets.get(name);
    if (css === undefined) return link;
    // Nothing in a sheet may end the element early.
    if (/<\/style/i.test(css)) throw new Error(`${name} holds "</style": it cannot be written into the page`);
    used.push(name);
    return `<style>${css}</style>`;
  });
  return { html: out, used };
}

/** `page`: the popup's HTML as the bundle names it, before WXT moves it to popup.html. */
export function inlinePopupStyle(page = 'entrypoints/popup/index.html'): Plugin {
  return {
    name: 'resonance:inline-popup-style',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = bundle as unknown as Bundle;
      const html = files[page];
      if (!html || typeof html.source !== 'string') return;
      const sheets = new Map<string, string>();
      for (const f of Object.values(files))
        if (f.type === 'asset' && f.fileName.endsWith('.css') && typeof f.source === 'string')
          sheets.set(f.fileName, f.source);
      const { html: inlined, used } = inlineSheets(html.source, sheets);
      html.source = inlined;
      // A sheet written in is dropped unless another page still links it.
      for (const name of used) {
        const linked = Object.values(files).some(
          (f) =>
            f !== html &&
            typeof f.source === 'string' &&
            f.fileName.endsWith('.html') &&
            f.source.includes(name),
        );
        if (!linked) delete (bundle as Record<string, unknown>)[name];
      }
    },
  };
}
