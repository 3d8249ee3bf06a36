import { describe, expect, it } from 'vitest';
import { mergeGlossary } from '../../../src/glossary/merge';
import { ENTRIES } from '../../fixtures/entries';

const [cytokine, checkpoint] = ENTRIES;

describe('mergeGlossary', () => {
  it('puts the user’s edit in place of the shipped entry and says so', () => {
    const edited = { ...cytokine!, definition: 'My own words for it.' };
    const merged = mergeGlossary(ENTRIES, { userEntries: [], edits: [{ id: 'cytokine', entry: edited, base: cytokine! }], deletions: [] });
    const m = merged.find((x) => x.entry.id === 'cytokine')!;
    expect(m).toEqual({ entry: edited, origin: 'edited', shippedChanged: false });
  });

  it('flags an edit whose shipped entry changed in a later release, keeping the user’s text', () => {
    const oldShipped = { ...cytokine!, definition: 'An older shipped text.' };
    const edited = { ...cytokine!, definition: 'My words.' };
    const merged = mergeGlossary(ENTRIES, { userEntries: [], edits: [{ id: 'cytokine', entry: edited, base: oldShipped }], deletions: [] });
    expect(merged.find((x) => x.entry.id === 'cytokine')).toMatchObject({ origin: 'edited', shippedChanged: true, entry: { definition: 'My words.' } });
  });

  it('leaves deleted entries out and puts the user’s own entries first', () => {
    const own = { ...checkpoint!, id: 'my-term', term: 'my term' };
    const merged = mergeGlossary(ENTRIES, { userEntries: [{ id: 'my-term', entry: own }], edits: [], deletions: [{ id: 'checkpoint' }] });
    expect(merged[0]).toEqual({ entry: own, origin: 'user' });
    expect(merged.some((m) => m.entry.id === 'checkpoint')).toBe(false);
    expect(merged).toHaveLength(ENTRIES.length);
  });
});

describe('an edit of an entry a later release removed', () => {
  const edited = { ...cytokine!, id: 'old-shipped-id', term: 'old term', definition: 'My words for a term the glossary no longer ships.' };
  const changes = { userEntries: [], edits: [{ id: 'old-shipped-id', entry: edited, base: { ...edited, definition: 'The old shipped text.' } }], deletions: [] };

  it('stays visible as the user’s own term', () => {
    const merged = mergeGlossary(ENTRIES, changes);
    expect(merged.find((m) => m.entry.id === 'old-shipped-id')).toEqual({ entry: edited, origin: 'user' });
    expect(merged).toHaveLength(ENTRIES.length + 1);
  });

  it('is hidden when the user deleted it, and shown once when it is also their own entry', () => {
    expect(mergeGlossary(ENTRIES, { ...changes, deletions: [{ id: 'old-shipped-id' }] }).some((m) => m.entry.id === 'old-shipped-id')).toBe(false);
    const both = mergeGlossary(ENTRIES, { ...changes, userEntries: [{ id: 'old-shipped-id', entry: { ...edited, definition: 'Saved since as my own.' } }] });
    expect(both.filter((m) => m.entry.id === 'old-shipped-id').map((m) => m.entry.definition)).toEqual(['Saved since as my own.']);
  });
});
