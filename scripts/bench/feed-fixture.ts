// The synthetic feed's page: the real X profile capture (../shared/fixtures/real/x, read, never copied),
// with its scripts and remote links taken out and its pictures made local, and the feed's own script
// (feed-page.ts, bundled) added. Without the capture, the project's own X fixture stands in, and says so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REAL = resolve(repo, '..', 'shared', 'fixtures', 'real', 'x', 'profile-timeline.html');
const OWN = join(repo, 'tests', 'fixtures', 'x', 'profile.html');
/** A grey pixel for every picture: the page decodes images, but nothing leaves the machine. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAMzMzAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==';

export interface FeedFixture {
  html: string;
  /** Where its cells came from. */
  source: string;
  real: boolean;
}

export async function feedFixture(): Promise<FeedFixture> {
  const real = existsSync(REAL);
  if (!real) console.log(`  ${REAL} is absent: the synthetic feed is made from ${OWN} instead`);
  const path = real ? REAL : OWN;
  const bundle = await build({
    entryPoints: [join(repo, 'scripts', 'bench', 'feed-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const driver = bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
  const html = readFileSync(path, 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/https:\/\/[\w.-]*twimg\.com\/[^"'\s)]*?(?=&quot;|["'\s)])/g, PIXEL)
    .replace(/<\/body>/i, () => `<script>${driver}</script></body>`);
  return { html, source: relative(repo, path), real };
}
