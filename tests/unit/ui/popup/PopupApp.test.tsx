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
