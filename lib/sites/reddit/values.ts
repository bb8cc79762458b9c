// Reading Reddit's attribute values: whole numbers, ISO times with microseconds, permalinks, formats. Pure.
import type { PostFormat } from '@/lib/core/formats';
import { type Count, exactCount } from '@/lib/core/metrics';
import { parseCount } from '@/lib/sites/shared/count/count';
import { FULLNAME, POST_PATH } from './selectors';

/** A count as read: a number, nothing shown (absent, never 0), or something shown that can't be read. */
export type Read = Count | 'absent' | 'unreadable';

/** An attribute holding an exact count (`score="860"`); a missing attribute is absent, a malformed one unreadable. */
export function attrCount(el: Element, name: string): Read {
  const v = el.getAttribute(name);
  if (v === null) return 'absent';
  return /^\d{1,12}$/.test(v.trim()) ? exactCount(Number(v.trim())) : 'unreadable';
}

/** A count shown as text: `1.2k` as the range it stands for, `32 comments` exact; no digit at all is absent. */
export function textCount(text: string, locale: string): Read {
  if (!/\p{Nd}/u.test(text)) return 'absent';
  return parseCount(text, locale) ?? 'unreadable';
}

/** `faceplate-number[number]` (exact), else its compact text. */
export function faceplateCount(el: Element, locale: string): Read {
  const exact = attrCount(el, 'number');
  return exact === 'absent' ? textCount(el.textContent ?? '', locale) : exact;
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:?\d\d)$/;

/**
 * `2025-11-04T18:20:10.257000+0000` (microseconds, offset without a colon: REAL-NEW created-timestamp),
 * read by hand so every browser agrees. Null when it is not such a time.
 */
export function isoTime(text: string | null | undefined): number | null {
  const m = ISO.exec(text?.trim() ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone !== 'Z') {
    const z = zone!.replace(':', '');
    const offset = (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * 60e3;
    t += z[0] === '+' ? -offset : offset;
  }
  return Number.isFinite(t) ? t : null;
}

/** Epoch milliseconds as old Reddit writes them (`data-timestamp="1699097884000"`). */
export function epochMs(text: string | null): number | null {
  return text && /^\d{12,14}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The base36 id of a `t3_` fullname, or null. */
export function idOf(fullname: string | null): string | null {
  return FULLNAME.exec(fullname?.trim() ?? '')?.[1] ?? null;
}

/** A post's canonical link from its permalink, when that is a Reddit path to post `id`. */
export function postLink(permalink: string | null, id: string): string | null {
  if (!permalink) return null;
  let url: URL;
  try {
    url = new URL(permalink, 'https://www.reddit.com');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !/(^|\.)reddit\.com$/.test(url.hostname)) return null;
  return POST_PATH.exec(url.pathname)?.[1] === id ? `https://www.reddit.com${url.pathname}` : null;
}

/** A post's format from the domain its content is on (old Reddit, crossposts): self posts are text. */
export function formatOfDomain(domain: string | null, gallery = false): PostFormat {
  const d = domain?.toLowerCase() ?? '';
  if (gallery) return 'carousel';
  if (d.startsWith('self.')) return 'text';
  if (d === 'v.redd.it' || d === 'youtube.com' || d === 'youtu.be') return 'video';
  if (d === 'i.redd.it' || d === 'i.imgur.com') return 'image';
  return 'link';
}
