// npm run lint:firefox: Mozilla's own linter (web-ext lint, the checks addons.mozilla.org runs) on the
// Firefox build. Errors fail. A warning fails too, unless it is one we have read and understood:
// Preact's dangerouslySetInnerHTML branch, which our code never uses (tests/unit/html-sinks.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const r = spawnSync(
  join('node_modules', '.bin', 'web-ext'),
  ['lint', '--source-dir', dir, '--output', 'json'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  },
);
let report: { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${r.status}):\n${r.stderr}`);
  process.exit(1);
}

/** The source text around a finding, to recognise library code by what it does. */
function around(f: Finding, width = 200): string {
  if (!f.file || !f.line) return '';
  const line = readFileSync(join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const at = f.column ?? 0;
  return line.slice(Math.max(0, at - width), at + width);
}

const understood = (f: Finding) =>
  // Preact's diff sets innerHTML only from a dangerouslySetInnerHTML prop's `__html`.
  f.code === 'UNSAFE_VAR_ASSIGNMENT' && /\.__html\b/.test(around(f)) && /innerHTML/.test(around(f));

const unexplained = [...report.errors, ...report.warnings.filter((w) => !understood(w))];
for (const f of [...report.errors, ...report.warnings, ...report.notices]) {
  const where = f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '';
  const tag = report.errors.includes(f) ? 'error' : understood(f) ? 'understood' : 'warning';
  console.log(`${tag}: ${f.code} ${f.message}${where}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length + report.errors.length} understood), ${report.notices.length} notices`,
);
process.exit(unexplained.length ? 1 : 0);
