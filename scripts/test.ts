// npm test: every check, in order of cost, then one plain line `N passed, N failed`, with `, N skipped`
// added whenever a test was skipped (real captures absent) so a skip is never silent. Lint, types,
// builds and the size budget count as one check each; vitest and Playwright report their own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = join('test-results', 'reports');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name: string, ok: boolean) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

const bin = (name: string) => join('node_modules', '.bin', name);

check('lint and format (biome)', run(bin('biome'), ['check', '.']));
check('types (tsc)', run(bin('tsc'), ['--noEmit', '-p', '.']));
// knip follows every import from the entrypoints and tests: a file, export or dependency nothing uses fails.
check('no dead files, exports or dependencies (knip)', run(bin('knip'), ['--no-progress']));

const vitestJson = join(out, 'vitest.json');
run(bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (v.numFailedTests) failures.push(`${v.numFailedTests} unit/fixture test(s)`);
  // A suite that fails to load has no tests to count: count it as a failure.
  const broken = (v.testResults ?? []).filter(
    (s: { status: string; assertionResults: unknown[] }) =>
      s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  failed += broken;
  if (broken) failures.push(`${broken} test file(s) failed to load`);
} else check('vitest report', false);

const built = run(bin('wxt'), ['build']);
check('chrome build (wxt build)', built);
const firefox = run(bin('wxt'), ['build', '-b', 'firefox']);
check('firefox build (wxt build -b firefox)', firefox);
check('firefox lint (web-ext lint)', firefox && run(bin('tsx'), ['scripts/lint-firefox.ts']));
check(
  'site scripts within their size budget',
  built &&
    firefox &&
    run(bin('tsx'), ['scripts/check-bundles.ts', '.output/chrome-mv3', '.output/firefox-mv2']),
);

if (built) {
  const pwJson = join(out, 'playwright.json');
  run(bin('playwright'), ['test', '--config', 'tests/e2e/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(pwJson),
  });
  if (existsSync(pwJson)) {
    const stats = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
    if (stats.unexpected) failures.push(`${stats.unexpected} end-to-end test(s)`);
    if (!stats.expected && !stats.unexpected) check('end-to-end tests ran', false);
  } else check('playwright report', false);
} else check('end-to-end tests (skipped: the build failed)', false);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
