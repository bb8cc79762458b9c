// Scores read from the store follow the user's settings: the basis chosen in the dashboard is the one used.
import { describe, expect, it } from 'vitest';
import { exactCount } from '@/lib/core/metrics';
import { setTracking } from '@/lib/store/accounts';
import { writeSnapshots } from '@/lib/store/ingest/write';
import { saveSettings } from '@/lib/store/settings';
import { scoresFor } from '@/lib/store/stored-scores';
import { freshDb, snap, xName } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;

async function account() {
  const db = await freshDb();
  await setTracking(db, 'x', xName('Brand'), true, NOW);
  const batch = Array.from({ length: 12 }, (_, i) => {
    const publishedAt = NOW - (100 + i * 24) * H;
    const metrics = {
      likes: exactCount(50 + i * 5),
      comments: exactCount(5 + i),
      views: exactCount(4000 + i * 100),
    };
    return snap({ postId: String(i + 1), publishedAt, capturedAt: publishedAt + 48 * H, metrics });
  });
  await writeSnapshots(db, batch);
  return db;
}

describe('scoresFor', () => {
  it('uses views beside the counts by default, and raw counts when the user asks', async () => {
    const db = await account();
    const auto = await scoresFor(db, 'x', ['1'], NOW);
    // Views beside the counts is the default: explained in the detail, not named beside the number.
    expect(auto['1']).toMatchObject({ state: 'scored', basis: null });
    await saveSettings(db, { basis: 'raw', weights: 'equal' });
    const raw = await scoresFor(db, 'x', ['1'], NOW);
    expect(raw['1']).toMatchObject({ state: 'scored', basis: 'raw counts' });
    expect(raw['1']!.detail).toContain('raw counts');
  });

  it('scores nothing for posts it has never stored', async () => {
    const db = await account();
    expect(await scoresFor(db, 'x', ['404'], NOW)).toEqual({});
  });
});
