import type { GlossaryDb } from './database';

/**
 * Runs on install and on every update: records which glossary release the user's data was
 * last reconciled with. Shipped entries are not copied in (they live in the bundle), so an
 * update never rewrites the user's edits, deletions or notes.
 */
export async function seedDatabase(db: GlossaryDb, glossaryVersion: string, entryCount: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const installed = await db.meta.get('installedAt');
    if (!installed) await db.meta.put({ key: 'installedAt', value: Date.now() });
    await db.meta.put({ key: 'glossaryVersion', value: glossaryVersion });
    await db.meta.put({ key: 'shippedEntryCount', value: entryCount });
  });
}
