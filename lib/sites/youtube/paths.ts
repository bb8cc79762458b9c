// YouTube's addresses: which video or channel a link names, and which pages show posts Resonance reads.
import type { PageKind } from '@/lib/sites/types';
import { CHANNEL_GRID_TABS } from './markup';
import { youtubeSite } from './site';

export const ORIGIN = 'https://www.youtube.com';

export interface VideoRef {
  id: string;
  url: string;
  short: boolean;
  /** Linked inside a playlist or Mix (`&list=`): the card is the playlist, not the video. */
  inList: boolean;
}

function urlOf(href: string): URL | null {
  try {
    const u = new URL(href, ORIGIN);
    return /(^|\.)youtube\.com$/.test(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/** The video a link names: `/watch?v=<id>` or `/shorts/<id>` (ids are 11 of [A-Za-z0-9_-], RYD utils.js getVideoId). */
export function videoOf(href: string): VideoRef | null {
  const u = urlOf(href);
  if (!u) return null;
  const short = /^\/shorts\/([\w-]{11})\/?$/.exec(u.pathname)?.[1];
  const id = short ?? (u.pathname === '/watch' ? u.searchParams.get('v') : null);
  if (!id || !/^[\w-]{11}$/.test(id)) return null;
  return {
    id,
    url: short ? `${ORIGIN}/shorts/${id}` : `${ORIGIN}/watch?v=${id}`,
    short: Boolean(short),
    inList: u.searchParams.has('list'),
  };
}

/** A channel address: a valid handle (`@name`, `UC…`), or a legacy `/c/` or `/user/` name; and what follows. */
export type ChannelRef = { handle?: string; legacy?: string; rest: string[] };

export function channelOfPath(pathname: string): ChannelRef | null {
  let segs: string[];
  try {
    segs = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const [first = '', second = ''] = segs;
  const named = (name: string, skip: number) => {
    const handle = youtubeSite.accounts.parse(name)?.handle;
    return handle ? { handle, rest: segs.slice(skip) } : { legacy: name, rest: segs.slice(skip) };
  };
  if (first.startsWith('@')) return named(first, 1);
  if (first === 'channel' && second) return named(second, 2);
  if ((first === 'c' || first === 'user') && second)
    return { legacy: `${first}/${second}`, rest: segs.slice(2) };
  return null;
}

export const channelOfHref = (href: string) => {
  const u = urlOf(href);
  return u ? channelOfPath(u.pathname) : null;
};

/** A channel's Videos, Shorts or Live tab: every card on it is that channel's upload. */
export function isChannelGrid(url: URL): boolean {
  const rest = channelOfPath(url.pathname)?.rest ?? [];
  return rest.length === 1 && CHANNEL_GRID_TABS.includes(rest[0]!.toLowerCase());
}

/** Pages with posts Resonance reads; every other page says why it reads none. */
export function pageKindOf(url: URL): PageKind {
  if (url.hostname === 'm.youtube.com')
    return { posts: false, why: 'YouTube’s mobile site is not read: open www.youtube.com' };
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === '/watch') return { posts: true, single: url.searchParams.has('v') };
  return ['/', '/feed/subscriptions'].includes(path) || isChannelGrid(url)
    ? { posts: true }
    : {
        posts: false,
        why: 'Resonance reads watch pages, the home and subscriptions grids and channels’ Videos, Shorts and Live tabs',
      };
}
