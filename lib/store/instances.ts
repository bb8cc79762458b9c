// Self-hosted instances (Mastodon) the user added, by host name, kept in the meta store. The background
// keeps them in step with the host permissions the user granted and the content scripts it registered.
import type { ResonanceDB } from './records';

const KEY = 'instances';
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isInstanceHost(x: unknown): x is string {
  return typeof x === 'string' && x.length <= 253 && HOST.test(x);
}

export async function readInstances(db: ResonanceDB): Promise<string[]> {
  const v = await db.get('meta', KEY);
  return Array.isArray(v) ? v.filter(isInstanceHost) : [];
}

export async function saveInstances(db: ResonanceDB, hosts: readonly string[]): Promise<string[]> {
  const clean = [...new Set(hosts.filter(isInstanceHost))].sort();
  await db.put('meta', clean, KEY);
  return clean;
}
