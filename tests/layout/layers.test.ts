// The layer rules in biome.json (docs/architecture.md) catch what they are meant to: probe files that
// break them are linted, and each must be refused with the rule's message; files that keep them pass.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tag = `layer-probe-${process.pid}`;
const RESTRICTED = 'lint/style/noRestrictedImports';
const CYCLE = 'lint/suspicious/noImportCycles';

const refused: [string, string][] = [
  ['lib/core', '@/lib/sites/catalog'],
  ['lib/score', '@/lib/store/db'],
  ['lib/insights', '@/lib/store/db'],
  ['lib/insights', 'preact'],
  ['lib/sites/x', '@/lib/store/db'],
  ['lib/sites/x', '@/lib/sites/mastodon/site'],
  ['lib/protocol', '@/lib/store/db'],
  ['lib/store', '@/lib/page/capture'],
  ['lib/store', '../score/score'],
  ['lib/page', 'idb'],
  ['lib/page', '@/lib/store/db'],
  ['lib/background', '@/lib/page/capture'],
  ['components', '@/lib/store/db'],
  ['components', '@/lib/background/dispatch'],
];
const allowed: [string, string][] = [
  ['lib/store', '@/lib/score/score'],
  ['lib/insights', '@/lib/score/score'],
  ['lib/page', '@/lib/sites/types'],
  ['lib/sites/x', '@/lib/sites/shared/count/count'],
  ['components', '@/lib/protocol/messages'],
  ['lib/background', '@/lib/store/db'],
];

const files = new Map<string, string>();
const fired = new Map<string, string[]>();
const probe = (dir: string, from: string) => files.get(`${dir} ${from}`)!;

beforeAll(() => {
  [...refused, ...allowed].forEach(([dir, from], i) => {
    const file = `${dir}/${tag}-${i}.ts`;
    writeFileSync(file, `import * as m from '${from}';\nexport const probe = m;\n`);
    files.set(`${dir} ${from}`, file);
  });
  // Two modules importing each other's types only: still a cycle.
  const a = `lib/core/${tag}-cycle-a.ts`;
  const b = `lib/core/${tag}-cycle-b.ts`;
  writeFileSync(a, `import type { B } from './${tag}-cycle-b';\nexport type A = { b?: B };\n`);
  writeFileSync(b, `import type { A } from './${tag}-cycle-a';\nexport type B = { a?: A };\n`);
  files.set('cycle a', a);
  files.set('cycle b', b);
  const r = spawnSync(
    'node_modules/.bin/biome',
    ['lint', '--reporter=json', '--max-diagnostics=none', ...files.values()],
    {
      encoding: 'utf8',
    },
  );
  for (const d of JSON.parse(r.stdout).diagnostics ?? []) {
    const path = d.location?.path?.file ?? d.location?.path ?? '';
    fired.set(path, [...(fired.get(path) ?? []), d.category]);
  }
});
afterAll(() => {
  for (const f of files.values()) rmSync(f, { force: true });
});

describe('layer rules', () => {
  it.each(refused)('refuse %s importing %s', (dir, from) => {
    expect(fired.get(probe(dir, from)) ?? []).toContain(RESTRICTED);
  });

  it.each(allowed)('let %s import %s', (dir, from) => {
    expect(fired.get(probe(dir, from)) ?? []).not.toContain(RESTRICTED);
  });

  it('refuse an import cycle, type-only imports included', () => {
    expect(fired.get(files.get('cycle a')!) ?? []).toContain(CYCLE);
  });
});
