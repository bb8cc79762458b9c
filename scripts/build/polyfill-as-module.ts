// webextension-polyfill ships as a UMD (CommonJS) file. Bundled as such, the import of its default goes
// through the bundler's CommonJS interop, which copies every property of the module's exports onto a
// new object, reading each one's descriptor. Where the browser has a promise-based `browser` of its own
// (Chrome now does), the exports are that object, and reading the descriptors builds every API namespace
// the extension has (windows, action and the rest), at each page's and each worker's start. Handed to
// the bundler as an ES module whose default is `module.exports`, the object is used as it is.
import type { Plugin } from 'vite';

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

/** The UMD body run with a `module` of its own (its CommonJS branch), its exports the default export. */
export function asModule(code: string): string {
  return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

export function polyfillAsModule(): Plugin {
  return {
    name: 'resonance:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id.split('?')[0]!)) return null;
      return { code: asModule(code), map: null };
    },
  };
}
