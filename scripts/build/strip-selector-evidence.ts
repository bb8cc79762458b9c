// A selector's evidence (where it was seen, the fixtures it must match) is for the tests: the build
// drops it from the site scripts, which load on every page of their site. `selector(css, seen,
// fixtures, real)` becomes `selector(css)`; the source keeps the evidence beside each selector.
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(v: unknown): v is Node {
  return !!v && typeof v === 'object' && typeof (v as Node).type === 'string';
}

/** The spans to cut: from after the first argument to the end of the last, in each `selector(...)` call. */
export function evidenceSpans(ast: Node): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const walk = (node: Node) => {
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const [css, last] = [args[0], args.at(-1)];
      if (callee.type === 'Identifier' && callee.name === 'selector' && css && last && last !== css)
        spans.push([css.end, last.end]);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(walk);
      else if (isNode(value)) walk(value);
    }
  };
  walk(ast);
  return spans;
}

/** `code` without the evidence of its selector calls; spans never overlap (evidence holds no selector call). */
export function stripSpans(code: string, spans: Array<[number, number]>): string {
  let out = '';
  let from = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    out += code.slice(from, start);
    from = end;
  }
  return out + code.slice(from);
}

const SITE_FILE = /\/lib\/sites\/.+\.ts$/;

export function stripSelectorEvidence(): Plugin {
  return {
    name: 'resonance:strip-selector-evidence',
    apply: 'build',
    transform(code, id) {
      if (!SITE_FILE.test(id) || !code.includes('selector(')) return null;
      const spans = evidenceSpans(this.parse(code) as unknown as Node);
      return spans.length ? { code: stripSpans(code, spans), map: null } : null;
    },
  };
}
