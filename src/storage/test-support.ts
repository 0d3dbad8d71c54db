// Helpers shared by the storage tests: fresh databases, a stepping clock, and whole-database snapshots.
import "fake-indexeddb/auto";
import { ProjectStore, type StoreOptions } from "./project-store";

let counter = 0;

export function uniqueDbName(): string {
  counter += 1;
  return `pyco-test-${process.pid}-${counter}`;
}

/** Each call moves one second on, so every change has a distinct, ordered timestamp. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): () => number {
  let t = start;
  return () => (t += 1000);
}

export async function openTestStore(options: StoreOptions = {}): Promise<{ store: ProjectStore; dbName: string }> {
  const dbName = uniqueDbName();
  const store = await ProjectStore.open(dbName, { now: steppingClock(), ...options });
  return { store, dbName };
}

/** Everything a user could see, to prove an operation left the database untouched. */
export async function snapshot(store: ProjectStore): Promise<unknown> {
  const projects = await store.listProjects();
  const out: unknown[] = [];
  for (const p of projects) {
    const entries = await store.listEntries(p.id);
    const files: Record<string, number[]> = {};
    for (const e of entries) if (e.kind === "file") files[e.path] = Array.from((await store.readFile(p.id, e.path)) ?? []);
    out.push({ meta: p, entries, files });
  }
  return out;
}

export function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
