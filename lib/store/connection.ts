// The worker's one connection to the store, reopened when the browser closes it under us. With a full
// disk Chromium closes the connection ("The database connection is closing"); keeping the closed one
// meant every later save failed until the worker was stopped, even after space was freed.
import type { ResonanceDB } from './records';

/** Opens the store; `lost` is to be called when the browser ends the connection on its own. */
export type Opener = (lost: () => void) => Promise<ResonanceDB>;

/** The errors of a request made on a connection the browser is closing or has closed. */
export function isConnectionLost(e: unknown): boolean {
  const { name, message } = (e ?? {}) as { name?: string; message?: string };
  return name === 'InvalidStateError' && /clos/i.test(message ?? '');
}

export class StoreConnection {
  private db: Promise<ResonanceDB> | null = null;

  constructor(private readonly open: Opener) {}

  get(): Promise<ResonanceDB> {
    if (!this.db) {
      const opening = this.open(() => this.forget(opening)).catch((e) => {
        this.forget(opening);
        throw e;
      });
      this.db = opening;
    }
    return this.db;
  }

  /** A request failed: when it was because the connection is gone, the next request opens a new one. */
  failed(e: unknown): void {
    if (isConnectionLost(e)) this.db = null;
  }

  private forget(which: Promise<ResonanceDB>): void {
    if (this.db === which) this.db = null;
  }
}
