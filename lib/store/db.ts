// The IndexedDB schema and its upgrade ladder: one step per version, each tested with data the
// previous version wrote. Steps only ever add or transform; nothing a user recorded is dropped.
import { openDB } from 'idb';
import type { ResonanceDB, ResonanceSchema } from './records';
import { UPGRADES, type UpgradeDb, type UpgradeTx } from './upgrades';

export const DB_NAME = 'resonance';
export const DB_VERSION = 6;

/** `lost` is told when the browser closes the connection on its own (a full disk) or for a newer version. */
export function openResonanceDB(
  name = DB_NAME,
  version = DB_VERSION,
  lost?: () => void,
): Promise<ResonanceDB> {
  return openDB<ResonanceSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps run in order inside the one upgrade transaction; a failing step aborts it, leaving the old version intact.
      void (async () => {
        for (let v = oldVersion; v < (newVersion ?? version); v++)
          await UPGRADES[v]?.(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
      })().catch(() => tx.abort());
    },
    blocking(_current, _next, event) {
      // A newer Resonance wants to upgrade: step aside rather than block it.
      (event.target as IDBDatabase).close();
      lost?.();
    },
    terminated() {
      lost?.();
    },
  });
}

/**
 * Opens the store for reading from an extension page. The background is the one writer, upgrades
 * included: a page that finds the store at an older version does not upgrade it (call `settle` first,
 * which has the worker open and upgrade it).
 */
export function openForReading(name = DB_NAME): Promise<ResonanceDB> {
  return openDB<ResonanceSchema>(name, DB_VERSION, {
    upgrade(_db, _old, _new, tx) {
      tx.abort();
    },
  });
}
