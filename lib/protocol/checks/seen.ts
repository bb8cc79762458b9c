// An account as a page showed it (the logged-in account): its handle, name and other names, checked
// with the site's own naming rules.
import type { SiteId } from '@/lib/sites/catalog';
import { checkAccount } from './accounts';
import { checkList, checkString, fail, isRecord } from './basics';

export interface SeenAccountInput {
  handle: string;
  id: string;
  name?: string;
  aliases: string[];
}

export function checkSeenAccount(platform: SiteId, x: unknown): SeenAccountInput {
  if (!isRecord(x)) fail('account must be an object');
  const name = checkAccount(platform, x.handle);
  const aliases = x.aliases === undefined ? [] : checkList(x.aliases, 'aliases', 10);
  return {
    ...name,
    ...(x.name === undefined ? {} : { name: checkString(x.name, 'name', 200) }),
    aliases: aliases.map((a, i) => checkAccount(platform, a, `aliases[${i}]`).id),
  };
}
