// Runs every `*.bench.ts` in this folder, one process each so one benchmark's heap can't skew another's,
// then writes every figure to bench/results.json and prints one table: figure, value, spread, goal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '@/scripts/lib/browser';
import { type Figure, NOISY_SPREAD, row, summary } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figuresFile = join(tmpdir(), `resonance-bench-${process.pid}.jsonl`);
rmSync(figuresFile, { force: true });
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, f)], {
    stdio: 'inherit',
    env: { ...process.env, RESONANCE_BENCH_FIGURES: figuresFile },
  });
  if (r.status !== 0) failed++;
}

const figures: Figure[] = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Figure)
  : [];
rmSync(figuresFile, { force: true });

const chromium = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
const results = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium },
  noisySpread: NOISY_SPREAD,
  figures,
};
const out = process.env.RESONANCE_BENCH_RESULTS ?? join(here, '..', '..', 'bench', 'results.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const table = [['figure', 'value', 'spread', 'goal', ''], ...figures.map(row)];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
console.log(`\n## results (${out})`);
for (const r of table)
  console.log(
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
for (const line of summary(figures)) console.log(line);
process.exit(failed ? 1 : 0);
