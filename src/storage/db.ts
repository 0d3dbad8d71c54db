// Opens the IndexedDB database through idb, runs migrations, and closes it when a newer tab needs to upgrade.
import { openDB, type IDBPDatabase } from "idb";
import { DB_VERSION, MIGRATIONS, runMigrations, type Migration, type PycoSchema, type UpgradeDb, type UpgradeTx } from "./schema";

export type PycoDb = IDBPDatabase<PycoSchema>;

export interface OpenDbOptions {
  /** Replaces the real migration list (tests use this to check the chain). */
  migrations?: readonly Migration[];
  /** Called after we closed the database because another tab opened a newer version. */
  onClosedForUpgrade?: () => void;
}

export async function openPycoDb(name: string, options: OpenDbOptions = {}): Promise<PycoDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = options.migrations ? migrations.length : DB_VERSION;
  const db = await openDB<PycoSchema>(name, version, {
    upgrade(database, oldVersion, newVersion, tx) {
      // A failed upgrade is reported by openDB's own rejection; this copy of it needs no handler.
      tx.done.catch(() => {});
      // idb keeps the versionchange transaction open while these await only IndexedDB requests.
      void runMigrations(
        database as unknown as UpgradeDb,
        tx as unknown as UpgradeTx,
        oldVersion,
        newVersion ?? version,
        migrations,
      ).catch((e: unknown) => {
        console.error("storage: migration failed", e);
        tx.abort();
      });
    },
    blocking() {
      // Another tab runs newer code; holding the old connection would stall its upgrade forever.
      db.close();
      options.onClosedForUpgrade?.();
    },
  });
  return db;
}
