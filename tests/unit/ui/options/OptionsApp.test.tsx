import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossaryDb } from '../../../../src/db/database';
import { OptionsApp } from '../../../../src/ui/options/OptionsApp';
import { ENTRIES } from '../../../fixtures/entries';
import { formsOfEntry } from '../../../../src/matcher/compile';
import { inflections } from '../../../../src/matcher/nlp';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb | null = null;
afterEach(async () => {
  render(null, host);
  await db?.delete();
});

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);

describe('OptionsApp', () => {
  it('searches, edits a definition with a note, saves, and tells open tabs', async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    const announce = vi.fn(async () => {});
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={announce} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('.count')?.textContent).toBe(`${ENTRIES.length} terms`));
    type(q<HTMLInputElement>('input[name="search"]')!, 'keytruda');
    await vi.waitFor(() => expect(host.querySelectorAll('.entry-list li')).toHaveLength(1));
    q<HTMLButtonElement>('button[data-term-id="pembrolizumab"]')!.click();
    await vi.waitFor(() => expect(q('textarea[name="definition"]')).not.toBeNull());
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'My simpler words for this drug.');
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, 'Started in March.');
    q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(q('[role="status"]')?.textContent).toBe('Saved.'));
    expect((await db.edits.get('pembrolizumab'))?.entry.definition).toBe('My simpler words for this drug.');
    expect((await db.notes.get('pembrolizumab'))?.text).toBe('Started in March.');
    expect(announce).toHaveBeenCalled();
    await vi.waitFor(() => expect(q('button[data-term-id="pembrolizumab"]')?.textContent).toMatch(/edited/));
  });

  it('shows a message at the field and saves nothing when a definition is too short', async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('.count')).not.toBeNull());
    [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Add a term')!.click();
    await vi.waitFor(() => expect(q('input[name="term"]')).not.toBeNull());
    type(q<HTMLInputElement>('input[name="term"]')!, 'watchful waiting');
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'short');
    q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(q('#err-definition')?.textContent).toMatch(/at least 10 characters/));
    expect(await db.userEntries.count()).toBe(0);
  });

  it('says plainly when storage is unavailable', async () => {
    render(<OptionsApp db={null} shipped={ENTRIES} announceChange={async () => {}} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('[role="alert"]')?.textContent).toMatch(/changes cannot be saved/));
    expect(q('.count')?.textContent).toBe(`${ENTRIES.length} terms`);
  });
});

describe('after an update changed an entry the user edited', () => {
  it('keeps the user’s text, shows the new shipped text, and can take it', async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    const older = { ...ENTRIES[9]!, definition: 'An older shipped definition of biopsy.' };
    await db.edits.put({ id: 'biopsy', entry: { ...older, definition: 'My words for biopsy.' }, base: older, updatedAt: 1 });
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).not.toBeNull());
    q<HTMLButtonElement>('button[data-term-id="biopsy"]')!.click();
    await vi.waitFor(() => expect(q('.notice')?.textContent).toContain(ENTRIES[9]!.definition));
    expect(q<HTMLTextAreaElement>('textarea[name="definition"]')!.value).toBe('My words for biopsy.');
    [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Use the original')!.click();
    await vi.waitFor(async () => expect(await db!.edits.count()).toBe(0));
  });
});

describe('settings on the options page', () => {
  it('stores a changed setting and tells open tabs', async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    const announce = vi.fn(async () => {});
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={announce} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('input[name="firstOccurrenceOnly"]')).not.toBeNull());
    q<HTMLInputElement>('input[name="firstOccurrenceOnly"]')!.click();
    await vi.waitFor(async () => expect(await db!.settings.get('firstOccurrenceOnly')).toEqual({ key: 'firstOccurrenceOnly', value: true }));
    expect(announce).toHaveBeenCalled();
  });
});

describe('finding my own work in the list', () => {
  const setup = async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    await db.notes.put({ termId: 'biopsy', text: 'Ask when results come', updatedAt: 2, seenOn: { title: 'Biopsy basics', url: 'https://example.org/biopsy' } });
    await db.known.put({ termId: 'metastasis', markedAt: 1 });
    await db.edits.put({ id: 'cytokine', entry: { ...ENTRIES[0]!, definition: 'My words for cytokine.' }, base: ENTRIES[0]!, updatedAt: 1 });
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('button[data-term-id="cytokine"]')?.textContent).toMatch(/edited/));
  };
  const listed = () => [...host.querySelectorAll<HTMLButtonElement>('.entry-list button[data-term-id]')].map((b) => b.dataset.termId);
  const tick = (name: string) => q<HTMLInputElement>(`input[name="${name}"]`)!.click();

  it('filters by category, by "edited by me", "has a note" and "known", and searches note text', async () => {
    await setup();
    const select = q<HTMLSelectElement>('select[name="category"]')!;
    select.value = 'side-effect';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(listed()).toEqual(['cytokine-release-syndrome']));
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    tick('editedByMe');
    await vi.waitFor(() => expect(listed()).toEqual(['cytokine']));
    tick('editedByMe');
    tick('hasNote');
    await vi.waitFor(() => expect(listed()).toEqual(['biopsy']));
    tick('hasNote');
    tick('known');
    await vi.waitFor(() => expect(listed()).toEqual(['metastasis']));
    tick('known');
    type(q<HTMLInputElement>('input[name="search"]')!, 'results come');
    await vi.waitFor(() => expect(listed()).toEqual(['biopsy']));
    expect(q('.count')?.textContent).toBe(`1 of ${ENTRIES.length} terms`);
  });

  it('lists every note with the page it was seen on, and opens its term', async () => {
    await setup();
    await vi.waitFor(() => expect(q('.notes-view h2')?.textContent).toBe('Notes I wrote (1)'));
    const link = q<HTMLAnchorElement>('.notes-view a')!;
    expect([link.textContent, link.getAttribute('href')]).toEqual(['Biopsy basics', 'https://example.org/biopsy']);
    q<HTMLButtonElement>('button[data-note-term="biopsy"]')!.click();
    await vi.waitFor(() => expect(q<HTMLTextAreaElement>('textarea[name="note"]')?.value).toBe('Ask when results come'));
  });

  it('undoes a delete: the edited entry comes back with the user’s text', async () => {
    await setup();
    q<HTMLButtonElement>('button[data-term-id="cytokine"]')!.click();
    await vi.waitFor(() => expect(q('textarea[name="definition"]')).not.toBeNull());
    const del = [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => /^Delete/.test(b.textContent ?? ''))!;
    del.click();
    await vi.waitFor(() => expect(q('.undo')?.textContent).toMatch(/Deleted “cytokine”/));
    await vi.waitFor(() => expect(q('button[data-term-id="cytokine"]')).toBeNull());
    [...host.querySelectorAll<HTMLButtonElement>('.undo button')][0]!.click();
    await vi.waitFor(() => expect(q('button[data-term-id="cytokine"]')?.textContent).toMatch(/edited/));
    expect((await db!.edits.get('cytokine'))?.entry.definition).toBe('My words for cytokine.');
    expect(await db!.deletions.count()).toBe(0);
  });
});

describe('when the entry being edited changes somewhere else', () => {
  it('keeps the user’s unsaved typing and says so; an untouched editor just follows', async () => {
    db = new GlossaryDb(`opt-${Math.random()}`);
    render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={(e) => formsOfEntry(e, inflections)} />, host);
    await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).not.toBeNull());
    q<HTMLButtonElement>('button[data-term-id="biopsy"]')!.click();
    await vi.waitFor(() => expect(q('textarea[name="definition"]')).not.toBeNull());
    const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;
    // Another tab saves a note: the untouched editor shows it.
    await db.notes.put({ termId: 'biopsy', text: 'From the other tab', updatedAt: 1 });
    await vi.waitFor(() => expect(q<HTMLTextAreaElement>('textarea[name="note"]')!.value).toBe('From the other tab'));
    // Now the user types, and another tab saves a different definition meanwhile.
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'What I am writing right now.');
    await db.edits.put({ id: 'biopsy', entry: { ...biopsy, definition: 'Saved in the other tab.' }, base: biopsy, updatedAt: 2 });
    await vi.waitFor(() => expect(q('.editor [role="alert"]')?.textContent).toMatch(/changed somewhere else/));
    expect(q<HTMLTextAreaElement>('textarea[name="definition"]')!.value).toBe('What I am writing right now.');
    q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(q('.editor [role="status"]')?.textContent).toBe('Saved.'));
    expect((await db.edits.get('biopsy'))?.entry.definition).toBe('What I am writing right now.');
    expect(q('.editor [role="alert"]')).toBeNull();
  });
});
