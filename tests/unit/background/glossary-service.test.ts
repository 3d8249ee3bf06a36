import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGlossaryService } from '../../../src/background/glossary-service';
import { GlossaryDb } from '../../../src/db/database';
import { saveEntry } from '../../../src/db/entries';
import { buildIndex, findMatches } from '../../../src/matcher/index';
import { formsOfEntry } from '../../../src/matcher/compile';
import { inflections } from '../../../src/matcher/nlp';
import { ENTRIES } from '../../fixtures/entries';

let db: GlossaryDb | undefined;
afterEach(async () => db?.delete());

describe('the glossary service', () => {
  it('serves an index that finds the shipped terms, and looks entries up', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    const { compiled, storageAvailable } = await service.getIndex();
    expect(storageAvailable).toBe(true);
    expect(findMatches(buildIndex(compiled), 'cytokines').map((m) => m.termId)).toEqual(['cytokine']);
    expect((await service.lookup('cytokine'))?.entry.term).toBe('cytokine');
    expect(await service.lookup('no-such-term')).toBeNull();
  });

  it('shows an edit and a note after invalidation, with the origin marked', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    const before = await service.getIndex();
    await saveEntry(db, { ...ENTRIES[0]!, definition: 'My words.' }, ENTRIES[0]);
    expect((await service.saveNote('cytokine', 'Ask the nurse')).ok).toBe(true);
    service.invalidate();
    expect(await service.lookup('cytokine')).toMatchObject({ origin: 'edited', note: 'Ask the nurse', entry: { definition: 'My words.' } });
    const after = await service.getIndex();
    expect(after.revision).not.toBe(before.revision);
    expect(after.compiledRevision).not.toBe(before.compiledRevision);
  });

  it('adds a user’s new term to the index', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    await saveEntry(db, { ...ENTRIES[0]!, id: 'watchful-waiting', term: 'watchful waiting' }, undefined);
    const { compiled } = await service.getIndex();
    expect(findMatches(buildIndex(compiled), 'We chose watchful waiting.').map((m) => m.termId)).toEqual(['watchful-waiting']);
  });

  it('falls back to the shipped glossary when IndexedDB fails', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    db.close({ disableAutoOpen: true });
    const payload = await createGlossaryService(db, ENTRIES, inflections).getIndex();
    expect(payload.storageAvailable).toBe(false);
    expect(payload.compiled.ids).toContain('cytokine');
  });

  it('says plainly that notes cannot be saved without a database', async () => {
    db = undefined;
    const service = createGlossaryService(null, ENTRIES, inflections);
    expect((await service.getIndex()).storageAvailable).toBe(false);
    expect((await service.saveNote('cytokine', 'x')).error).toMatch(/cannot be saved/);
  });
});

describe('forms compiled at build time', () => {
  it('are used for shipped entries, and inflection runs only for the user’s entries', async () => {
    const inflect = vi.fn(inflections);
    const precomputed = Object.fromEntries(ENTRIES.map((e) => [e.id, formsOfEntry(e, inflections)]));
    db = new GlossaryDb(`svc-${Math.random()}`);
    await saveEntry(db, { ...ENTRIES[0]!, id: 'watchful-waiting', term: 'watchful waiting' }, undefined);
    const { compiled } = await createGlossaryService(db, ENTRIES, inflect, precomputed).getIndex();
    expect(inflect.mock.calls.map((c) => c[0])).toEqual(['watchful waiting']);
    expect(findMatches(buildIndex(compiled), 'Biopsies and watchful waiting').map((m) => m.termId)).toEqual(['biopsy', 'watchful-waiting']);
  });
});

describe('a write that fails', () => {
  it('says why in plain words and changes nothing (storage full)', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    expect((await service.saveNote('cytokine', 'first')).ok).toBe(true);
    const full = db;
    full.notes.put = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never;
    const result = await service.saveNote('cytokine', 'second');
    expect(result).toEqual({ ok: false, error: 'The note could not be saved (QuotaExceededError). Nothing was changed.' });
    expect((await full.notes.get('cytokine'))?.text).toBe('first');
  });
});

describe('notes and known marks (audit M2)', () => {
  it('a note is shown at once and does not recompile the index; a known mark changes only the revision', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    const first = await service.getIndex();
    expect((await service.saveNote('cytokine', 'Ask about this')).ok).toBe(true);
    expect((await service.lookup('cytokine'))?.note).toBe('Ask about this');
    const afterNote = await service.getIndex();
    expect(afterNote.compiled).toBe(first.compiled);
    expect(afterNote.revision).toBe(first.revision);
    expect((await service.setKnown('cytokine', true)).ok).toBe(true);
    const afterKnown = await service.getIndex();
    expect(afterKnown.known).toEqual(['cytokine']);
    expect(afterKnown.compiled).toBe(first.compiled);
    expect(afterKnown.revision).not.toBe(first.revision);
  });

  it('knows which ids exist, and never hands pages the list of sites turned off', async () => {
    db = new GlossaryDb(`svc-${Math.random()}`);
    const service = createGlossaryService(db, ENTRIES, inflections);
    expect(await service.has('cytokine')).toBe(true);
    expect(await service.has('no-such-term')).toBe(false);
    await db.settings.put({ key: 'disabledSites', value: ['health.example'] } as never);
    service.invalidate();
    const off = await service.getIndex(['health.example']);
    const on = await service.getIndex(['news.example']);
    const mixed = await service.getIndex(['news.example', 'health.example']);
    expect([off.active, on.active, mixed.active]).toEqual([false, true, false]);
    expect(JSON.stringify(on)).not.toContain('health.example');
  });
});
