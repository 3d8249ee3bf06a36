import { DEFAULT_SETTINGS, isValidSetting, withDefaults, type Settings } from '../settings/settings';
import type { GlossaryDb } from './database';

export async function readSettings(db: GlossaryDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  return withDefaults(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}

/** Stores a setting only while it differs from its default. */
export async function writeSetting<K extends keyof Settings>(db: GlossaryDb, key: K, value: Settings[K]): Promise<void> {
  if (!isValidSetting(key, value)) throw new Error(`Invalid value for setting ${key}`);
  if (JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key])) await db.settings.delete(key);
  else await db.settings.put({ key, value });
}
