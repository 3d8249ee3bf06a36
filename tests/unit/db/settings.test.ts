import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryDb } from '../../../src/db/database';
import { readSettings, writeSetting } from '../../../src/db/settings';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

let db: GlossaryDb;
afterEach(async () => db.delete());

describe('stored settings', () => {
  it('store only what differs from the defaults', async () => {
    db = new GlossaryDb(`settings-${Math.random()}`);
    await writeSetting(db, 'hoverDelayMs', 600);
    await writeSetting(db, 'enabled', true);
    expect(await db.settings.toArray()).toEqual([{ key: 'hoverDelayMs', value: 600 }]);
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 600 });
    await writeSetting(db, 'hoverDelayMs', DEFAULT_SETTINGS.hoverDelayMs);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuse a malformed value and keep the old one', async () => {
    db = new GlossaryDb(`settings-${Math.random()}`);
    await writeSetting(db, 'hoverDelayMs', 400);
    await expect(writeSetting(db, 'hoverDelayMs', Number.NaN)).rejects.toThrow(/Invalid value/);
    expect((await readSettings(db)).hoverDelayMs).toBe(400);
  });
});
