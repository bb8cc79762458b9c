// npm run extract -- FILE.html --url URL [--own HANDLE]
// Prints one JSON object: { platform, posts: [{ id, url, author, own, publishedAt, metrics }], problems }.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractPage } from '@/scripts/lib/extract-page';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

let args: ReturnType<
  typeof parseArgs<{ allowPositionals: true; options: { url: { type: 'string' }; own: { type: 'string' } } }>
>;
try {
  args = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, own: { type: 'string' } } });
} catch (e) {
  fail((e as Error).message);
}
const file = args.positionals[0];
if (!file || !args.values.url) fail('usage: npm run extract -- FILE.html --url URL [--own HANDLE]');
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  const result = await extractPage(html, args.values.url, args.values.own);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (e) {
  fail((e as Error).message);
}
