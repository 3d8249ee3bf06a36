// Every destructive action on the options page can be undone, and a term in any script can be
// added, opened, edited and deleted there.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossaryDb } from '../../../../src/db/database';
import { OptionsApp } from '../../../../src/ui/options/OptionsApp';
import { ENTRIES } from '../../../fixtures/entries';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb;
beforeEach(() => {
  db = new GlossaryDb(`undo-${Math.random()}`);
});
afterEach(async () => {
  render(null, host);
  await db.delete();
});

const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);
const button = (text: string | RegExp, within: ParentNode = host) =>
  [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')));
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = () => q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const status = () => q('.editor [role="status"]')?.textContent;
const undos = () => [...host.querySelectorAll('.undo')].map((p) => p.textContent);

async function start() {
  render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={() => []} />, host);
  // The settings section shows once the stored data has been read.
  await vi.waitFor(() => expect(q('input[name="firstOccurrenceOnly"]')).not.toBeNull());
}
async function open(id: string) {
  await vi.waitFor(() => expect(q(`button[data-term-id="${id}"]`)).not.toBeNull());
  q<HTMLButtonElement>(`button[data-term-id="${id}"]`)!.click();
  await vi.waitFor(() => expect(q('form.editor h2')?.textContent).toMatch(/^Edit/));
}

describe('a term in another script', () => {
  it('is saved with an id, then opened, edited, deleted and brought back', async () => {
    await start();
    button('Add a term')!.click();
    await vi.waitFor(() => expect(q('input[name="term"]')).not.toBeNull());
    type(q<HTMLInputElement>('input[name="term"]')!, 'биопсия');
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'Взятие кусочка ткани для анализа.');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
    const [row] = await db.userEntries.toArray();
    expect(row!.id).toMatch(/^u-[a-z0-9]+$/);
    await open(row!.id);
    expect(q('form.editor h2')?.textContent).toBe('Edit “биопсия”');
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'Взятие кусочка ткани, моими словами.');
    submit();
    await vi.waitFor(async () => expect((await db.userEntries.get(row!.id))?.entry.definition).toBe('Взятие кусочка ткани, моими словами.'));
    button('Delete')!.click();
    await vi.waitFor(() => expect(q(`button[data-term-id="${row!.id}"]`)).toBeNull());
    await vi.waitFor(() => expect(undos()).toEqual(['Deleted “биопсия”. Undo']));
    button('Undo', q('.undos')!)!.click();
    await vi.waitFor(() => expect(q(`button[data-term-id="${row!.id}"]`)?.textContent).toMatch(/биопсия/));
  });
});

describe('undo', () => {
  it('of the first delete survives a second delete', async () => {
    await start();
    await open('biopsy');
    button('Delete')!.click();
    await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).toBeNull());
    await open('cytokine');
    button('Delete')!.click();
    await vi.waitFor(() => expect(undos()).toEqual(['Deleted “cytokine”. Undo', 'Deleted “biopsy”. Undo']));
    button('Undo', host.querySelectorAll('.undo')[1]!)!.click();
    await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).not.toBeNull());
    expect(q('button[data-term-id="cytokine"]')).toBeNull();
    expect(undos()).toEqual(['Deleted “cytokine”. Undo']);
  });

  it('of "Use the original" brings the user’s own text back', async () => {
    const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;
    await db.edits.put({ id: 'biopsy', entry: { ...biopsy, definition: 'My words for biopsy.' }, base: biopsy, updatedAt: 1 });
    await start();
    await open('biopsy');
    await vi.waitFor(() => expect(button('Use the original')).toBeDefined());
    button('Use the original')!.click();
    await vi.waitFor(async () => expect(await db.edits.count()).toBe(0));
    await vi.waitFor(() => expect(undos()).toEqual(['“biopsy” is back to the original text; your version was set aside. Undo']));
    button('Undo', q('.undos')!)!.click();
    await vi.waitFor(async () => expect((await db.edits.get('biopsy'))?.entry.definition).toBe('My words for biopsy.'));
    await vi.waitFor(() => expect(q<HTMLTextAreaElement>('textarea[name="definition"]')?.value).toBe('My words for biopsy.'));
  });

  it('of clearing a note puts the note back as it was', async () => {
    const seenOn = { title: 'Biopsy basics', url: 'https://example.org/biopsy' };
    await db.notes.put({ termId: 'biopsy', text: 'Ask when results come', updatedAt: 2, seenOn });
    await start();
    await open('biopsy');
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, '');
    submit();
    await vi.waitFor(() => expect(undos()).toEqual(['Cleared your note on “biopsy”. Undo']));
    expect(await db.notes.count()).toBe(0);
    button('Undo', q('.undos')!)!.click();
    await vi.waitFor(async () => expect(await db.notes.get('biopsy')).toEqual({ termId: 'biopsy', text: 'Ask when results come', updatedAt: 2, seenOn }));
  });
});

describe('saving an entry with its note', () => {
  it('saves neither when the note cannot be written, and says "Not saved"', async () => {
    await start();
    await open('biopsy');
    vi.spyOn(db.notes, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'My words for a biopsy, saved with a note.');
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, 'Ask about results.');
    submit();
    await vi.waitFor(() => expect(status()).toMatch(/^Not saved \(nothing was changed\)/));
    expect(await db.edits.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('an edit of an entry a later release removed', () => {
  it('is listed as the user’s own term, and can be opened and deleted', async () => {
    const gone = { ...ENTRIES[0]!, id: 'gone-term', term: 'gone term', definition: 'My words for a term no longer shipped.' };
    await db.edits.put({ id: 'gone-term', entry: gone, base: gone, updatedAt: 1 });
    await start();
    await vi.waitFor(() => expect(q('button[data-term-id="gone-term"]')?.textContent).toMatch(/gone term.*yours/));
    await open('gone-term');
    button('Delete')!.click();
    await vi.waitFor(async () => expect(await db.edits.count()).toBe(0));
    expect(await db.deletions.count()).toBe(0);
  });
});
