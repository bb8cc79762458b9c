import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { evidenceSpans, stripSpans } from '@/scripts/build/strip-selector-evidence';

type Ast = Parameters<typeof evidenceSpans>[0];
const strip = (code: string) => stripSpans(code, evidenceSpans(parseAst(code) as unknown as Ast));

describe('the build drops selector evidence from site scripts', () => {
  it('keeps the css and drops where it was seen and its fixtures', () => {
    const code = `const t = { a: selector('article', 'seen on x.com (2024)', ['x/home.html'], ['x/real.html']) };`;
    const out = strip(code);
    expect(out).toBe(`const t = { a: selector('article') };`);
    expect(out).not.toContain('x/home.html');
  });

  it('strips every call, nested in arrays and objects, and leaves other calls alone', () => {
    const code = [
      `const t = [selector('a', 's1', ['f1']), { b: [selector("b[x='1']", 's2', F)] }];`,
      `other('keep', 'these', ['args']);`,
    ].join('\n');
    const out = strip(code);
    expect(out).toContain(`selector('a')`);
    expect(out).toContain(`selector("b[x='1']")`);
    expect(out).toContain(`other('keep', 'these', ['args'])`);
    expect(out).not.toMatch(/s1|s2|f1|F\b/);
  });

  it('leaves a call that has only its css as it is', () => {
    const code = `selector(css);`;
    expect(strip(code)).toBe(code);
  });
});
