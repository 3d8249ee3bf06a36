import { GlossaryDb } from './database';

/** The database, or null where IndexedDB cannot be used at all (the UI then says so). */
export function openDatabaseOrNull(): GlossaryDb | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
    return new GlossaryDb();
  } catch (error) {
    console.warn('Health Glossary Helper: IndexedDB unavailable.', error);
    return null;
  }
}
