// The logged-in account, from the JSON TikTok embeds for its app (parsed as data, never run): the current
// `__UNIVERSAL_DATA_FOR_REHYDRATION__` (`__DEFAULT_SCOPE__["webapp.app-context"].user`), and the 2022
// `SIGI_STATE` (`AppContext.appContext.user`, seen in the real video page capture). Logged out: no user.
import type { AccountRef } from '@/lib/sites/types';
import { TIKTOK as T } from './selectors';
import { tiktokSite } from './site';

// The embedded JSON is large (hundreds of kB) and read once per script element, not on every scroll.
const MAX_JSON = 5_000_000;
const seen = new WeakMap<Element, AccountRef | null>();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const at = (v: unknown, key: string): unknown => (isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined);

function userOf(state: unknown): unknown {
  return (
    at(at(at(state, '__DEFAULT_SCOPE__'), 'webapp.app-context'), 'user') ??
    at(at(at(state, 'AppContext'), 'appContext'), 'user')
  );
}

function accountOf(text: string): AccountRef | null {
  if (text.length > MAX_JSON) return null;
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    return null;
  }
  const user = userOf(state);
  const uniqueId = at(user, 'uniqueId');
  const handle = typeof uniqueId === 'string' ? tiktokSite.accounts.parse(uniqueId)?.handle : undefined;
  if (!handle) return null;
  const nick = at(user, 'nickName');
  const name = typeof nick === 'string' ? nick.trim().slice(0, 100) : '';
  return name ? { handle, name } : { handle };
}

export function viewerOf(doc: Document): AccountRef | null {
  for (const s of [T.universalData, T.sigiState]) {
    const el = doc.querySelector(s.css);
    if (!el) continue;
    let account = seen.get(el);
    if (account === undefined) {
      account = accountOf(el.textContent ?? '');
      seen.set(el, account);
    }
    if (account) return account;
  }
  return null;
}
