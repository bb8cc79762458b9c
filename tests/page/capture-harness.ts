// The capture tests' shared stage: an X profile page, a fake background, and a capture session started on
// them (used by the capture-*.test.ts files in this folder).
import { afterEach, beforeEach, vi } from 'vitest';
import { unitsFor } from '@/lib/background/unit-tables';
import { BadgeLayer } from '@/lib/page/badge-layer';
import { CaptureSession } from '@/lib/page/capture';
import { alwaysNear, type NearWatch } from '@/lib/page/near';
import type { MessageType, ProtocolMap, ContentSend as Send, SnapshotInput } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import type { WordsKind } from '@/lib/sites/shared/time/words';
import type { SiteAdapter } from '@/lib/sites/types';
import { xAdapter } from '@/lib/sites/x/adapter';
import { renderXProfile, type XPostSpec, xIdAt } from '@/scripts/demo/x-markup';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const H = 3600e3;

export function post(over: Partial<XPostSpec> & { seq: number }): XPostSpec {
  const publishedAt = NOW - (over.seq + 1) * H;
  return {
    id: xIdAt(publishedAt, over.seq),
    author: 'Brand',
    name: 'Brand Co',
    text: `post ${over.seq}`,
    publishedAt,
    replies: 3,
    reposts: 4,
    likes: 50 + over.seq,
    bookmarks: 1,
    views: 1000,
    ...over,
  };
}

const view = (id: string): ScoreView => ({
  state: 'scored',
  ratio: 1.5,
  percentile: 80,
  confidence: 'normal',
  n: 20,
  ageHours: 3,
  line: `score of ${id}`,
  detail: 'detail',
  chips: '',
  basis: null,
});

class FakeBackground {
  sent: SnapshotInput[][] = [];
  health: { state: string }[] = [];
  failNext = 0;
  tracked = ['brand'];
  /** The posts each score request named. */
  asked: string[][] = [];
  /** Saves wait for this, when set: the page can change before one is answered. */
  hold: Promise<void> | null = null;
  /** The locales each count-units request named; `unitsFail` makes those requests fail. */
  unitsAsked: string[][] = [];
  unitsFail = false;
  send: Send = async <T extends MessageType>(type: T, payload: ProtocolMap[T][0]) => {
    await Promise.resolve();
    const p = payload as Record<string, unknown>;
    if (type === 'recordSnapshots') {
      if (this.failNext > 0) {
        this.failNext--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      const batch = p.batch as SnapshotInput[];
      this.sent.push(batch);
      await this.hold;
      return { committed: batch.map((s) => s.key), rejected: [] } as ProtocolMap[T][1];
    }
    if (type === 'reportHealth') {
      this.health.push(p.health as { state: string });
      return { ok: true } as ProtocolMap[T][1];
    }
    if (type === 'getUnits') {
      this.unitsAsked.push(p.locales as string[]);
      if (this.unitsFail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return unitsFor(p.locales as string[], p.words as WordsKind | undefined) as ProtocolMap[T][1];
    }
    if (type === 'getScores') {
      this.asked.push(p.postIds as string[]);
      return Object.fromEntries((p.postIds as string[]).map((id) => [id, view(id)])) as ProtocolMap[T][1];
    }
    return { tracked: this.tracked } as ProtocolMap[T][1];
  };
  get snapshots() {
    return this.sent.flat();
  }
}

export const until = async (cond: () => boolean, ms = 3000) => {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};
export const badges = () =>
  [...document.querySelectorAll('resonance-badge')].map((b) => [
    b.getAttribute('data-post'),
    b.shadowRoot?.textContent,
  ]);
export const timeline = () => document.querySelector('.timeline')!;

/** What a test file may vary per test; a file that varies neither leaves both at their defaults. */
export interface Knobs {
  /** Where the badges' nearness comes from: every badge near, unless a test says otherwise. */
  near: NearWatch;
  /** The delay before a pass's sending; undefined: the page's idle time, as in a browser. */
  sendDelay: number | undefined;
  /** The page's language. */
  locale: string;
  /** Whether the background fails the page's request for count units. */
  unitsFail: boolean;
}
const defaults: Knobs = { near: alwaysNear, sendDelay: 5, locale: 'en', unitsFail: false };
let knobs: () => Partial<Knobs> = () => ({});

let abort: AbortController;
// Live bindings: the test files read the current test's background and session through these.
export let bg: FakeBackground;
export let session: CaptureSession;
let keys = 0;

function load(posts: XPostSpec[], viewer: string | null) {
  const html = renderXProfile({
    handle: 'Brand',
    name: 'Brand Co',
    bio: '',
    followers: 10,
    following: 1,
    viewer,
    posts,
    now: NOW,
  });
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

export async function start(
  posts: XPostSpec[],
  viewer: string | null = 'Brand',
  tracked = ['brand'],
  adapter: SiteAdapter = xAdapter,
  before?: () => void,
  gapMs = 0,
) {
  const { near, sendDelay, locale, unitsFail } = { ...defaults, ...knobs() };
  load(posts, viewer);
  before?.();
  abort = new AbortController();
  bg = new FakeBackground();
  bg.tracked = tracked;
  bg.unitsFail = unitsFail;
  session = new CaptureSession({
    adapter,
    doc: document,
    locale,
    signal: abort.signal,
    send: bg.send,
    badges: new BadgeLayer({ css: '', mode: 'open', near }),
    now: () => NOW,
    newKey: () => `k${++keys}`,
    batchMs: sendDelay,
    retryMs: () => 20,
    postGapMs: gapMs,
  });
  await session.start();
}

/**
 * Registers the hooks every capture test needs: the page's address before, the session stopped and the
 * stubbed globals restored after. `read` gives the calling file's current knobs, read at each start().
 */
export function useCapture(read: () => Partial<Knobs> = () => ({})) {
  beforeEach(() => {
    // @ts-expect-error happy-dom's test hook
    window.happyDOM.setURL('https://x.com/Brand');
    knobs = read;
  });
  afterEach(() => {
    abort.abort();
    vi.unstubAllGlobals();
  });
}
