// npm run extract -- FILE.html --url URL [--own HANDLE] [--site SITE] [--now ISO]
// Prints one JSON object: { platform, viewer, pageAccount, health, posts: [...], problems: [...] }.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractPage } from './lib/extract-page';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

const usage = 'usage: npm run extract -- FILE.html --url URL [--own HANDLE] [--site SITE] [--now ISO-TIME]';
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      own: { type: 'string' },
      site: { type: 'string' },
      now: { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  fail(`${(e as Error).message}\n${usage}`);
}
const file = args.positionals[0];
if (!file || !args.values.url) fail(usage);
const now = args.values.now ? Date.parse(args.values.now) : Date.now();
if (!Number.isFinite(now)) fail(`--now is not a time: ${args.values.now}`);
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  const result = await extractPage(html, args.values.url, {
    own: args.values.own,
    site: args.values.site,
    now,
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (e) {
  fail((e as Error).message);
}
