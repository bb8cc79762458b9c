import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { asModule, polyfillAsModule } from '@/scripts/build/polyfill-as-module';

const file = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(file, 'utf8');
const g = globalThis as { chrome?: unknown; browser?: unknown };
const saved = { chrome: g.chrome, browser: g.browser };

/** Runs the module the plugin makes and returns its default export (the one `export default` turned into a return). */
function defaultOf(code: string): unknown {
  const body = code.replace(/\nexport default ([^;]+);\n$/, '\nreturn $1;\n');
  expect(body).not.toBe(code);
  return new Function(body)();
}

afterEach(() => Object.assign(g, saved));

describe('webextension-polyfill handed to the bundler as an ES module', () => {
  it('is one module with a default export and nothing CommonJS left to the bundler', () => {
    const program = parseAst(asModule(source)) as unknown as { body: { type: string }[] };
    expect(program.body.filter((n) => n.type === 'ExportDefaultDeclaration')).toHaveLength(1);
    expect(program.body.some((n) => n.type === 'ExportNamedDeclaration')).toBe(false);
  });

  it("exports the browser's own `browser` as it is, where there is one", () => {
    const native = { runtime: { id: 'resonance' } };
    Object.assign(g, { chrome: { runtime: { id: 'resonance' } }, browser: native });
    expect(defaultOf(asModule(source))).toBe(native);
  });

  it('exports the promise-based wrapper of `chrome` where there is no `browser`', () => {
    const chrome = {
      runtime: { id: 'resonance', sendMessage: (_m: unknown) => undefined, getURL: (p: string) => p },
    };
    Object.assign(g, { chrome, browser: undefined });
    const api = defaultOf(asModule(source)) as typeof chrome;
    expect(api).not.toBe(chrome);
    expect(api.runtime.getURL('/x')).toBe('/x');
    expect(api.runtime.sendMessage({})).toBeInstanceOf(Promise);
  });

  it('changes the polyfill file only', () => {
    const plugin = polyfillAsModule() as { transform: (code: string, id: string) => unknown };
    expect(plugin.transform(source, file)).toEqual({ code: asModule(source), map: null });
    expect(plugin.transform(source, `${file}?v=1`)).not.toBeNull();
    expect(plugin.transform('x', file.replace('webextension-polyfill', 'other-polyfill'))).toBeNull();
  });
});
