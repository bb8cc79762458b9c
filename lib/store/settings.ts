// Settings kept in the database's meta store, checked on every read.
import { checkSettings, type Settings } from '@/lib/protocol/settings';
import type { ResonanceDB } from './records';

export async function readSettings(db: ResonanceDB): Promise<Settings> {
  return checkSettings(await db.get('meta', 'settings'));
}

export async function saveSettings(db: ResonanceDB, s: Settings): Promise<Settings> {
  const clean = checkSettings(s);
  await db.put('meta', clean, 'settings');
  return clean;
}
