// A DOM for Node (happy-dom) with scripts, stylesheets and frames off: a saved page is read, never run.
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

/**
 * happy-dom (21) drops everything after a `<style>` inside an inline `<svg>` (saved new-Reddit pages
 * have them in icons): those styles are taken out first. Styles never matter to reading a saved page.
 */
export function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

export function parsePage(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(withoutSvgStyles(html));
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
