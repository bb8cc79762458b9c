// parseCount throughput: strings per second with warm per-locale caches over a realistic mix of
// site texts, plus the one-off cost of the first call in a locale (Intl probing) and without one.
import { parseCount } from '@/lib/sites/shared/count/count';
import { record } from './report';

const MIX: [string, string | undefined][] = [
  ['2.3K', 'en'],
  ['11K', 'en'],
  ['2.1M', 'en'],
  ['553', 'en'],
  ['1.2K views', 'en'],
  ['Like (12 likes)', 'en'],
  ['Reply (5 replies)', 'en'],
  ['48 Replies. Reply', 'en'],
  ['like this video along with 12,345 other people', 'en'],
  ['Reply, 553 likes, 9 bookmarks, 30142 views', 'en'],
  ['1+', 'en'],
  ['Like: 1.2K people', 'en'],
  ['1,2 Mio.', 'de'],
  ['12.345', 'de'],
  ['1,2 Mio. Aufrufe', 'de'],
  ['12,3 Tsd. Abonnenten', 'de'],
  ['1,2 k', 'fr'],
  ['1\u202f234\u202f567', 'fr'],
  ['1,2 mil', 'es'],
  ['1,2 M de visualizaciones', 'es'],
  ['1,2 mil', 'pt-BR'],
  ['12,3 tys.', 'pl'],
  ['1,2 тыс.', 'ru'],
  ['1,2 млн просмотров', 'ru'],
  ['1,2 B', 'tr'],
  ['1.2万', 'ja'],
  ['1551 件のいいね。いいねする', 'ja'],
  ['1.2万 回視聴', 'ja'],
  ['123.4万', 'zh-CN'],
  ['1.5亿', 'zh-CN'],
  ['1.2만회', 'ko'],
  ['12.3L', 'en-IN'],
  ['12,34,567', 'en-IN'],
  ['١٫٢ ألف', 'ar'],
  ['١٬٢٣٤', 'ar-EG'],
  ['12.3 हज़ार', 'hi'],
  ['2.3K', undefined],
  ['1,234,567', undefined],
  ['Reply', 'en'],
  ['', 'en'],
];

const locales = new Set(MIX.map(([, l]) => l).filter((l): l is string => !!l));

// Cold: first call in locales not used yet (each builds its table from Intl once).
const coldLocales = ['nl', 'sv', 'cs', 'uk', 'vi', 'th', 'he', 'el', 'hu', 'ro', 'fa', 'bn'];
const coldTimes = coldLocales.map((l) => {
  const t0 = performance.now();
  parseCount('1,2 k', l);
  return performance.now() - t0;
});
const coldMs = coldTimes.reduce((a, b) => a + b, 0) / coldTimes.length;
const t1 = performance.now();
parseCount('1,2 k'); // no locale: builds the many-locale table once
const anyColdMs = performance.now() - t1;

// Warm up every table and the JIT, then time whole passes over the mix for about a second.
for (let i = 0; i < 2000; i++) for (const [t, l] of MIX) parseCount(t, l);
let parsed = 0;
let sink = 0;
const start = performance.now();
let elapsed = 0;
while (elapsed < 1000) {
  for (let i = 0; i < 200; i++) {
    for (const [t, l] of MIX) sink += parseCount(t, l)?.value ?? 0;
  }
  parsed += 200 * MIX.length;
  elapsed = performance.now() - start;
}
const perSecond = Math.round((parsed / elapsed) * 1000);

const fmt = (n: number) => n.toLocaleString('en');
record('count', 'parseCount, warm', 'strings/s', [perSecond]);
record('count', 'parseCount, first call in a locale', 'ms', [coldMs]);
console.log(
  `parseCount: ${fmt(perSecond)} strings/s (warm cache, mix of ${MIX.length} forms in ${locales.size} locales + no locale)`,
);
console.log(`cold first call per locale: ${coldMs.toFixed(2)} ms (mean over ${coldLocales.length} locales)`);
console.log(`cold first call without a locale (many-locale table): ${anyColdMs.toFixed(1)} ms`);
if (sink === 0) console.log('(sink)'); // keeps the results observable so the loop isn't optimized away
