// The editor holds every field to the limits the import holds files to, and says so in words.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossaryDb } from '../../../../src/db/database';
import { LIMITS } from '../../../../src/glossary/limits';
import { OptionsApp } from '../../../../src/ui/options/OptionsApp';
import { ENTRIES } from '../../../fixtures/entries';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb;
beforeEach(() => {
  db = new GlossaryDb(`limits-${Math.random()}`);
});
afterEach(async () => {
  render(null, host);
  await db.delete();
});
const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = () => q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

async function openGrade() {
  render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={() => []} />, host);
  await vi.waitFor(() => expect(q('button[data-term-id="tumor-grade"]')).not.toBeNull());
  q<HTMLButtonElement>('button[data-term-id="tumor-grade"]')!.click();
  await vi.waitFor(() => expect(q('textarea[name="note"]')).not.toBeNull());
}

describe('the options editor’s limits', () => {
  it('stops each field at the shared limit', async () => {
    await openGrade();
    expect(q('input[name="term"]')).toBeNull(); // A shipped entry's term is its heading, not a field.
    expect(q<HTMLTextAreaElement>('textarea[name="definition"]')!.maxLength).toBe(LIMITS.definitionChars);
    expect(q<HTMLTextAreaElement>('textarea[name="note"]')!.maxLength).toBe(LIMITS.noteChars);
    expect(q<HTMLInputElement>('input[name="context"]')!.value).toBe('tumor, cancer, cells');
  });

  it('refuses a note over 10,000 characters with a message, and saves nothing', async () => {
    await openGrade();
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, 'x'.repeat(LIMITS.noteChars + 5));
    await vi.waitFor(() => expect(q('#count-note')?.textContent).toBe('10,005 of 10,000 characters: that is as long as it can be'));
    submit();
    await vi.waitFor(() => expect(q('#err-note')?.textContent).toBe('The note is too long (10,005 characters; at most 10,000).'));
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a context word over 40 characters with a message, and saves a shorter one', async () => {
    await openGrade();
    type(q<HTMLInputElement>('input[name="context"]')!, `tumor, ${'y'.repeat(41)}`);
    submit();
    await vi.waitFor(() => expect(q('#err-context')?.textContent).toBe(`Context word 2 (“${'y'.repeat(30)}…”) is too long (41 characters; at most 40).`));
    expect(await db.edits.count()).toBe(0);
    type(q<HTMLInputElement>('input[name="context"]')!, 'tumor, biopsy report');
    submit();
    await vi.waitFor(async () => expect((await db.edits.get('tumor-grade'))?.entry.context).toEqual(['tumor', 'biopsy report']));
  });

  it('saves a note of exactly 10,000 characters, and an untouched entry stays the shipped one', async () => {
    await openGrade();
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, 'z'.repeat(LIMITS.noteChars));
    submit();
    await vi.waitFor(async () => expect((await db.notes.get('tumor-grade'))?.text.length).toBe(LIMITS.noteChars));
    expect(await db.edits.count()).toBe(0);
  });
});
