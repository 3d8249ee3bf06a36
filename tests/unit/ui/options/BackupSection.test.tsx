// The import on the options page: a file that changes nothing says so and offers no Import; a
// file with some bad items offers to import the rest; any import can be undone in one click.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../../src/backup/export-backup';
import { GlossaryDb } from '../../../../src/db/database';
import { saveNote } from '../../../../src/db/notes';
import { BackupSection } from '../../../../src/ui/options/BackupSection';
import { ENTRIES } from '../../../fixtures/entries';

const host = document.createElement('div');
document.body.append(host);
let db: GlossaryDb;
beforeEach(() => {
  db = new GlossaryDb(`backup-ui-${Math.random()}`);
  render(<BackupSection db={db} glossaryVersion="0.1.0" formsOf={() => []} announceChange={async () => {}} />, host);
});
afterEach(async () => {
  render(null, host);
  await db.delete();
});
const q = <T extends Element>(sel: string) => host.querySelector<T>(sel);
const text = (sel: string) => q(sel)?.textContent ?? '';
const button = (name: string | RegExp) => [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));

function choose(name: string, content: string) {
  const input = q<HTMLInputElement>('input[name="import"]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const biopsy = ENTRIES.find((e) => e.id === 'biopsy')!;

describe('importing on the options page', () => {
  it('says a file that would change nothing does so, with no Import button', async () => {
    await saveNote(db, 'biopsy', 'Results in a week');
    choose('same.json', JSON.stringify(await exportBackup(db, '0.1.0')));
    await vi.waitFor(() => expect(text('.backup [role="status"]')).toBe('Nothing to import: everything in “same.json” is already here.'));
    expect(button('Import')).toBeUndefined();
    expect(q('.preview')).toBeNull();
  });

  it('lists the bad items in words and imports the rest; then one click restores what was there before', async () => {
    await saveNote(db, 'biopsy', 'My own note');
    const file = { ...(await exportBackup(db, '0.1.0')), notes: [{ termId: 'biopsy', text: 'The file’s note', updatedAt: 5 }], entries: [{ ...biopsy, id: 'my-word', term: 'my word' }, { ...biopsy, id: 'bad', definition: 'short' }] };
    choose('mixed.json', JSON.stringify(file));
    await vi.waitFor(() => expect(text('.preview')).toMatch(/The rest of this file will bring:1 new term1 note changed/));
    expect(text('.backup [role="alert"]')).toBe('1 problem in the file; the items with problems will be left out:Entry 2 (“biopsy”): the definition is too short (at least 10 characters).');
    button('Import the rest')!.click();
    await vi.waitFor(() => expect(text('.backup [role="status"]')).toBe('Imported.'));
    expect((await db.notes.get('biopsy'))?.text).toBe('The file’s note');
    expect(await db.userEntries.count()).toBe(1);

    await vi.waitFor(() => expect(text('.undo-import')).toMatch(/^Before the import of “mixed.json” \(.+\), a copy of your glossary was kept\./));
    button(/^Undo import/)!.click();
    await vi.waitFor(() => expect(text('.backup [role="status"]')).toBe('Restored what you had before the import of “mixed.json”.'));
    expect((await db.notes.get('biopsy'))?.text).toBe('My own note');
    expect(await db.userEntries.count()).toBe(0);
    await vi.waitFor(() => expect(q('.undo-import')).toBeNull());
  });

  it('refuses a file of only bad items, saying nothing was changed', async () => {
    choose('bad.json', JSON.stringify({ format: 'health-glossary-helper/personal-glossary', version: 1, known: ['../../etc/passwd'] }));
    await vi.waitFor(() => expect(text('.backup [role="status"]')).toBe('“bad.json” was not imported: nothing was changed.'));
    expect(text('.backup [role="alert"]')).toBe('1 problem in the file:Known mark 1: “../../etc/passwd” is not a term id.');
    expect(button('Import')).toBeUndefined();
  });

  it('warns at export time about data an older release saved that the import would leave out', async () => {
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await db.notes.put({ termId: 'biopsy', text: 'x'.repeat(12_000), updatedAt: 1 });
    button('Export my glossary (JSON)')!.click();
    await vi.waitFor(() => expect(text('.backup [role="status"]')).toBe('Exported, but the items listed above would be left out when this file is imported.'));
    expect(text('.backup [role="alert"]')).toMatch(/Note 1 \(on “biopsy”\): the note is too long \(12,000 characters; at most 10,000\)\./);
    expect(clicked).toHaveBeenCalled();
  });
});
