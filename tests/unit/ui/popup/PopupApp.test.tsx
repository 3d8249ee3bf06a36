import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossaryDb } from '../../../../src/db/database';
import { saveNote } from '../../../../src/db/notes';
import { lemmas } from '../../../../src/matcher/nlp';
import { PopupApp } from '../../../../src/ui/popup/PopupApp';
import { ENTRIES } from '../../../fixtures/entries';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb;
afterEach(async () => {
  render(null, host);
  await db.delete();
});

function search(value: string) {
  const input = host.querySelector<HTMLInputElement>('input[name="lookup"]')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('PopupApp', () => {
  it('finds a term from a plural and shows the user’s note on its card', async () => {
    db = new GlossaryDb(`popup-${Math.random()}`);
    await saveNote(db, 'biopsy', 'Results in a week');
    render(<PopupApp db={db} shipped={ENTRIES} lemmas={lemmas} openOptions={() => {}} pageInfo={async () => null} announceChange={async () => {}} />, host);
    search('biopsies');
    await vi.waitFor(() => expect(host.querySelector('.result')?.textContent).toContain('Results in a week'));
    expect(host.querySelector('.result h2')?.textContent).toBe('biopsy');
  });

  it('says when nothing matches', async () => {
    db = new GlossaryDb(`popup-${Math.random()}`);
    render(<PopupApp db={db} shipped={ENTRIES} lemmas={lemmas} openOptions={() => {}} pageInfo={async () => null} announceChange={async () => {}} />, host);
    search('qqqzzz');
    await vi.waitFor(() => expect(host.textContent).toContain('No glossary entry for “qqqzzz”'));
  });
});

describe('PopupApp actions', () => {
  it('saves a note from the card and opens a related term', async () => {
    db = new GlossaryDb(`popup-${Math.random()}`);
    const announce = vi.fn(async () => {});
    render(<PopupApp db={db} shipped={ENTRIES} lemmas={lemmas} openOptions={() => {}} pageInfo={async () => null} announceChange={announce} />, host);
    search('TIL');
    await vi.waitFor(() => expect(host.querySelector('.result h2')?.textContent).toBe('TIL'));
    [...host.querySelectorAll<HTMLButtonElement>('.result button')].find((b) => b.textContent === 'Add a note')!.click();
    await vi.waitFor(() => expect(host.querySelector('textarea[name="note"]')).not.toBeNull());
    const area = host.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    area.value = 'Mine had many';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    host.querySelector<HTMLFormElement>('.hgh-note-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await db.notes.get('tumor-infiltrating-lymphocyte'))?.text).toBe('Mine had many'));
    expect(announce).toHaveBeenCalled();
    host.querySelector<HTMLButtonElement>('[data-related-id="t-cell"]')!.click();
    await vi.waitFor(() => expect(host.querySelector('.result h2')?.textContent).toBe('T cell'));
  });
});
