// Answers the dashboard's history requests with one HistorySession per shown history. It runs in a
// worker (./history-worker.ts), so reading and scoring a large account never holds up the page; the
// page runs it itself where a worker can't start.
import type { HistoryPage, HistoryQuery } from '@/lib/protocol/history';
import type { SiteId } from '@/lib/sites/catalog';
import { openForReading } from '@/lib/store/db';
import { HistorySession } from '@/lib/store/history-session';
import type { ResonanceDB } from '@/lib/store/records';

export type HistoryRequest =
  /** Answered once every post is read and scored. */
  | { id: number; kind: 'open'; session: number; platform: SiteId; account: string; now: number }
  | { id: number; kind: 'page'; session: number; query: HistoryQuery }
  | { id: number; kind: 'close'; session: number };

export type HistoryReply =
  | { id: number; ok: true; data: HistoryPage | null }
  | { id: number; ok: false; error: string };

export class HistoryHost {
  private db: Promise<ResonanceDB> | null = null;
  private sessions = new Map<number, Promise<HistorySession>>();

  /** The store, opened once; the page had the worker bring it up to date first (`settle`). */
  private open(): Promise<ResonanceDB> {
    this.db ??= openForReading().catch((e) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  async answer(r: HistoryRequest): Promise<HistoryReply | null> {
    try {
      if (r.kind === 'close') {
        this.sessions.delete(r.session);
        return null;
      }
      if (r.kind === 'open') {
        // Registered at once, so a page asked for right after finds it.
        const session = this.open().then((db) => new HistorySession(db, r.platform, r.account, r.now));
        this.sessions.set(r.session, session);
        await (await session).load();
        return { id: r.id, ok: true, data: null };
      }
      const session = this.sessions.get(r.session);
      if (!session) throw new Error('this history is no longer shown');
      return { id: r.id, ok: true, data: await (await session).page(r.query) };
    } catch (e) {
      return { id: r.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
