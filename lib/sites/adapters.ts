// The explicit list of site adapters. A new site is one import and one entry here.

import { xAdapter } from '@/lib/sites/x/adapter';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter];

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
