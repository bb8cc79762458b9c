// A DOM for Node (happy-dom) with scripts, stylesheets and frames off: a saved page is read, never run.
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
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
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
