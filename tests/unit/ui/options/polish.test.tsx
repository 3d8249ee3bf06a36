// What a first-time user of the options page notices: messages that belong to their form, the
// term shown as a heading with its other spellings, a right-hand side that says what can be done,
// numbers and dates as the browser writes them, and why each search result matched.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossaryDb } from '../../../../src/db/database';
import { LIMITS } from '../../../../src/glossary/limits';
import { OptionsApp } from '../../../../src/ui/options/OptionsApp';
import { CharCount } from '../../../../src/ui/options/CharCount';
import { NotesView } from '../../../../src/ui/options/NotesView';
import { ENTRIES } from '../../../fixtures/entries';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb;
beforeEach(() => {
  db = new GlossaryDb(`polish-${Math.random()}`);
});
afterEach(async () => {
  render(null, host);
  vi.unstubAllGlobals();
  await db.delete();
});
const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = () => q<HTMLFormElement>('form.editor')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const status = () => q('form.editor [role="status"]')?.textContent;
const button = (name: string) => [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === name);

async function openApp() {
  render(<OptionsApp db={db} shipped={ENTRIES} announceChange={async () => {}} formsOf={() => []} />, host);
  await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).not.toBeNull());
}
async function open(id: string) {
  q<HTMLButtonElement>(`button[data-term-id="${id}"]`)!.click();
  await vi.waitFor(() => expect(q('form.editor h2')?.textContent).toBe(`Edit “${ENTRIES.find((e) => e.id === id)!.term}”`));
}

describe('messages belong to the form they are about', () => {
  it('“Saved.” goes when another entry opens, and does not come back with the first', async () => {
    await openApp();
    await open('biopsy');
    type(q<HTMLTextAreaElement>('textarea[name="note"]')!, 'Ask about results.');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
    await open('metastasis');
    expect(status()).toBe('');
    await open('biopsy');
    expect(status()).toBe('');
  });

  it('“Saved.” goes when the user types again', async () => {
    await openApp();
    await open('biopsy');
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'My own words for a biopsy.');
    submit();
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'My own words for a biopsy, again.');
    await vi.waitFor(() => expect(status()).toBe(''));
  });

  it('a term just added keeps its “Saved.”; “Add a term” then opens a form without it', async () => {
    await openApp();
    button('Add a term')!.click();
    await vi.waitFor(() => expect(q('input[name="term"]')).not.toBeNull());
    expect(q<HTMLInputElement>('input[name="term"]')!.maxLength).toBe(LIMITS.termChars);
    type(q<HTMLInputElement>('input[name="term"]')!, 'watchful waiting');
    type(q<HTMLTextAreaElement>('textarea[name="definition"]')!, 'Keeping a close watch without treatment for now.');
    submit();
    await vi.waitFor(() => expect(q('form.editor h2')?.textContent).toBe('Edit “watchful waiting”'));
    await vi.waitFor(() => expect(status()).toBe('Saved.'));
    button('Add a term')!.click();
    await vi.waitFor(() => expect(q('form.editor h2')?.textContent).toBe('Add a term'));
    expect(status()).toBe('');
  });
});

describe('an entry that is already there', () => {
  it('shows its term as the heading, with no field that looks editable, and lists its aliases', async () => {
    await openApp();
    await open('pembrolizumab');
    expect(q('input[name="term"]')).toBeNull();
    expect([...host.querySelectorAll('form.editor .aliases li')].map((li) => li.textContent)).toEqual(['Keytruda brand name']);
    await open('tumor-infiltrating-lymphocyte');
    expect([...host.querySelectorAll('form.editor .aliases li')].map((li) => li.textContent)).toEqual(['TIL abbreviation', 'tumour-infiltrating lymphocyte British spelling']);
    await open('biopsy');
    expect(q('form.editor .aliases')).toBeNull();
  });
});

describe('with no entry open', () => {
  it('the right-hand side says what can be done here, and gives way to the editor', async () => {
    await openApp();
    const intro = () => q('.panes .intro')?.textContent ?? '';
    expect(intro()).toMatch(/Search/);
    expect(intro()).toMatch(/Pick an entry/);
    expect(intro()).toMatch(/Add your own term/);
    expect(intro()).toMatch(/notes/i);
    expect(intro()).toMatch(/Back up/);
    await open('biopsy');
    expect(q('.panes .intro')).toBeNull();
    button('Delete')!.click();
    await vi.waitFor(() => expect(intro()).toMatch(/What you can do here/));
  });
});

describe('numbers and dates', () => {
  it('follow the browser’s locale, not a fixed one', () => {
    // A browser set to German: Intl's default locale is de-DE.
    const { NumberFormat, DateTimeFormat } = Intl;
    vi.stubGlobal('Intl', {
      ...Intl,
      NumberFormat: function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
        return new NumberFormat(locales ?? 'de-DE', options);
      },
      DateTimeFormat: function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        return new DateTimeFormat(locales ?? 'de-DE', options);
      },
    });
    render(<CharCount id="c" length={10005} max={10000} />, host);
    expect(q('#c')?.textContent).toBe('10.005 of 10.000 characters: that is as long as it can be');
    const when = Date.UTC(2026, 11, 1, 12);
    render(<NotesView notes={[{ termId: 'biopsy', term: 'biopsy', text: 'Ask', updatedAt: when }]} onOpen={() => {}} onExport={() => {}} />, host);
    expect(q('.notes-view .meta')?.textContent).toBe(new DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(when));
    expect(q('.notes-view .meta')?.textContent).toMatch(/^0?1\.12\.2026$/); // Not the US-style 12/1/2026.
  });
});

describe('search results say why they matched', () => {
  const rows = () => [...host.querySelectorAll('.entry-list li')];
  const snippetOf = (id: string) => q(`button[data-term-id="${id}"] .snippet`);

  it('marks the alias, the words of a definition, or of a note, as text', async () => {
    await db.notes.put({ termId: 'metastasis', text: 'Ask if <b>scan</b> shows spread to the liver or elsewhere in the body.', updatedAt: 1 });
    await openApp();
    type(q<HTMLInputElement>('input[name="search"]')!, 'keytruda');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(snippetOf('pembrolizumab')?.textContent).toBe('also written: Keytruda');
    expect(snippetOf('pembrolizumab')?.querySelector('mark')?.textContent).toBe('Keytruda');

    type(q<HTMLInputElement>('input[name="search"]')!, 'microscope');
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(1));
    expect(snippetOf('biopsy')?.querySelector('mark')?.textContent).toBe('microscope');
    expect(snippetOf('biopsy')?.textContent).toMatch(/^definition: …tissue to look at under a microscope\.$/);

    type(q<HTMLInputElement>('input[name="search"]')!, 'scan');
    await vi.waitFor(() => expect(snippetOf('metastasis')).not.toBeNull());
    expect(snippetOf('metastasis')?.textContent).toMatch(/^your note: Ask if <b>scan<\/b> shows spread/);
    expect(snippetOf('metastasis')?.querySelector('b')).toBeNull();
    expect(snippetOf('metastasis')?.querySelector('mark')?.textContent).toBe('scan');
  });

  it('says nothing more when the term itself matched, nor without a search', async () => {
    await openApp();
    expect(host.querySelector('.entry-list .snippet')).toBeNull();
    type(q<HTMLInputElement>('input[name="search"]')!, 'biopsy');
    await vi.waitFor(() => expect(q('button[data-term-id="biopsy"]')).not.toBeNull());
    expect(snippetOf('biopsy')).toBeNull();
  });
});
