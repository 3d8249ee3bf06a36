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
