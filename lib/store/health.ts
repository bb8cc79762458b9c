// Each site's last good reading and last problem, kept in the meta store so the dashboard can say when a
// site last worked, and why it stopped.
import type { PageHealth, SiteHealth } from '@/lib/protocol/health';
import type { SiteId } from '@/lib/sites/catalog';
import type { ResonanceDB } from './records';

const KEY = 'health';

type HealthMap = Partial<Record<string, SiteHealth>>;

async function read(db: ResonanceDB): Promise<HealthMap> {
  const v = await db.get('meta', KEY);
  return v && typeof v === 'object' ? (v as HealthMap) : {};
}

export async function readSiteHealth(db: ResonanceDB): Promise<SiteHealth[]> {
  return Object.values(await read(db)).filter((h): h is SiteHealth => h !== undefined);
}

/** Records one page's health. Only readings and faults are kept: "still starting" says nothing yet. */
export async function recordHealth(
  db: ResonanceDB,
  platform: SiteId,
  url: string,
  health: PageHealth,
  now: number,
): Promise<void> {
  if (health.state === 'starting' || health.state === 'no-posts') return;
  const tx = db.transaction('meta', 'readwrite');
  const all = ((await tx.store.get(KEY)) as HealthMap | undefined) ?? {};
  const site: SiteHealth = all[platform] ?? { platform, lastGood: null, lastProblem: null };
  if (health.state === 'reading') site.lastGood = { at: now, url, posts: health.posts, own: health.own };
  else site.lastProblem = { at: now, url, why: health.why };
  all[platform] = site;
  await tx.store.put(all, KEY);
  await tx.done;
}
