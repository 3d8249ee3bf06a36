// A term in any script gets a valid id, and the entry rules say plainly what to fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, LIMITS } from '../../../src/glossary/limits';
import type { Entry } from '../../../src/glossary/types';
import { entryProblems, idForTerm, noteProblem, validateEntryFields } from '../../../src/glossary/validate-entry';
import { SHIPPED_ENTRIES } from '../../../src/glossary/bundled';

const draft = (term: string, extra: Partial<Entry> = {}): Entry => ({ id: '', term, definition: 'A definition in my own words.', category: 'general-medical', source: { publisher: 'MedlinePlus' }, ...extra });
const validId = (id: string) => id.length > 0 && id.length <= LIMITS.idChars && ID_PATTERN.test(id);

describe('the id of a new term', () => {
  it.each(['биопсия', '活检', 'خزعة', 'βήτα', 'Straße', 'βήτα blocker'])('is valid and stable for %s', (term) => {
    const { entry, errors } = validateEntryFields(draft(term), new Set());
    expect(errors).toEqual({});
    expect(validId(entry!.id)).toBe(true);
    expect(idForTerm(term)).toBe(entry!.id);
  });

  it('differs for different terms in other scripts, even when their Latin part is the same', () => {
    const ids = ['биопсия', 'биопсии', '活检', 'خزعة', 'βήτα', 'βήτα blocker', 'γάμμα blocker'].map(idForTerm);
    expect(new Set(ids).size).toBe(ids.length);
    expect(idForTerm('γάμμα blocker')).toMatch(/^blocker-u[a-z0-9]+$/);
    expect(idForTerm('биопсия')).toMatch(/^u-[a-z0-9]+$/);
  });

  it('keeps the plain slug for Latin terms, so shipped ids still match', () => {
    expect(idForTerm('Watchful waiting')).toBe('watchful-waiting');
    expect(idForTerm('Café au lait spots')).toBe('cafe-au-lait-spots');
    for (const e of SHIPPED_ENTRIES.slice(0, 200)) expect(validId(idForTerm(e.term))).toBe(true);
  });

  it('is never empty and always matches the id rule, for any text at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (term) => validId(idForTerm(term))), { numRuns: 2000 });
    expect(validId(idForTerm(`${'a'.repeat(79)} b`))).toBe(true);
    expect(validId(idForTerm(''))).toBe(true);
  });
});

describe('the entry rules', () => {
  it('refuse hidden direction marks, control characters and broken characters in terms and other names', () => {
    expect(validateEntryFields(draft('bio\u202Epsy'), new Set()).errors.term).toMatch(/hidden text-direction mark/);
    expect(validateEntryFields(draft('bio\u2066psy'), new Set()).errors.term).toMatch(/hidden text-direction mark/);
    expect(validateEntryFields(draft('bio\u0000psy'), new Set()).errors.term).toMatch(/hidden control character/);
    expect(validateEntryFields(draft('bio\uD800psy'), new Set()).errors.term).toMatch(/broken character/);
    expect(entryProblems(draft('biopsy', { aliases: [{ text: 'x\u202Ey', kind: 'synonym' }] })).aliases).toMatch(/other name 1 .*hidden text-direction/);
  });

  it('limit context words in length and number, quoting only the start of a long one', () => {
    const huge = 'x'.repeat(15 * 1024 * 1024);
    const message = entryProblems(draft('grade', { context: ['tumor', huge] })).context!;
    expect(message).toMatch(/^context word 2 \(“x{30}…”\) is too long \(15,728,640 characters; at most 40\)$/);
    expect(entryProblems(draft('grade', { context: Array.from({ length: 31 }, (_, i) => `word${i}`) })).context).toMatch(/31 context words; at most 30/);
    expect(entryProblems(draft('grade', { context: ['x'.repeat(40)] }))).toEqual({});
  });

  it('limit notes to the same 10,000 characters everywhere', () => {
    expect(noteProblem('x'.repeat(LIMITS.noteChars))).toBeUndefined();
    expect(noteProblem('x'.repeat(LIMITS.noteChars + 1))).toBe('the note is too long (10,001 characters; at most 10,000)');
    expect(noteProblem('ask \uDC00')).toMatch(/broken character/);
  });
});

describe('the shipped glossary', () => {
  it('meets the rules a user’s edit is held to, so an edit of any shipped entry can be exported and imported', () => {
    const broken = SHIPPED_ENTRIES.map((e) => [e.id, entryProblems(e)] as const).filter(([, errors]) => Object.keys(errors).length > 0);
    expect(broken).toEqual([]);
  });
});
