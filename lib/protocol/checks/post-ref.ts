// A post named by its site and id, as an extension page asks about one (its curve against the usual).
import type { SiteId } from '@/lib/sites/catalog';
import { checkSite } from './accounts';
import { checkString, fail, isRecord } from './basics';
import { POST_ID } from './posts';

export function checkPostRef(x: unknown): { platform: SiteId; postId: string } {
  if (!isRecord(x)) fail('a post must be named by its site and id');
  return { platform: checkSite(x.platform), postId: checkString(x.postId, 'postId', 128, POST_ID) };
}
