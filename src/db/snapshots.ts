// A copy of all of the user's data, taken in the same transaction as an import, so that one
// click can put back exactly what was there before. The last few are kept; older ones go.
import type { GlossaryDb, Snapshot, UserTables } from './database';

const KEEP = 3;

export const userTables = (db: GlossaryDb) => [db.userEntries, db.edits, db.deletions, db.notes, db.known, db.settings];

async function readAll(db: GlossaryDb): Promise<UserTables> {
  const [userEntries, edits, deletions, notes, known, settings] = await Promise.all([
    db.userEntries.toArray(), db.edits.toArray(), db.deletions.toArray(), db.notes.toArray(), db.known.toArray(), db.settings.toArray(),
  ]);
  return { userEntries, edits, deletions, notes, known, settings };
}

/** Call inside a transaction over the user's tables and snapshots, before changing anything. */
export async function takeSnapshot(db: GlossaryDb, reason: string): Promise<number> {
  const id = await db.snapshots.add({ takenAt: Date.now(), reason, data: await readAll(db) });
  const old = await db.snapshots.orderBy('id').reverse().offset(KEEP).primaryKeys();
  await db.snapshots.bulkDelete(old);
  return id;
}

export function latestSnapshot(db: GlossaryDb): Promise<Snapshot | undefined> {
  return db.snapshots.orderBy('id').last();
}

/** Puts the user's data back as the snapshot holds it, in one transaction, and drops the snapshot. */
export async function restoreSnapshot(db: GlossaryDb, id: number): Promise<void> {
  await db.transaction('rw', [...userTables(db), db.snapshots], async () => {
    const snapshot = await db.snapshots.get(id);
    if (!snapshot) throw new Error('That earlier copy of your glossary is no longer kept.');
    const { data } = snapshot;
    await Promise.all(userTables(db).map((t) => t.clear()));
    await db.userEntries.bulkPut(data.userEntries);
    await db.edits.bulkPut(data.edits);
    await db.deletions.bulkPut(data.deletions);
    await db.notes.bulkPut(data.notes);
    await db.known.bulkPut(data.known);
    await db.settings.bulkPut(data.settings);
    await db.snapshots.delete(id);
  });
}
