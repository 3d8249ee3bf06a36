// A note is never lost: a save that fails (or never answers) says so and keeps the text; the
// draft is handed up so it outlives the card.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '../../../src/ui/NoteEditor';
import { LIMITS } from '../../../src/glossary/limits';

const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('NoteEditor', () => {
  it('tells the user when the save fails, and keeps the text', async () => {
    const onSave = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    const onDraftChange = vi.fn();
    act(() => render(<NoteEditor note="" onSave={onSave} draft="Ask about the scan" onDraftChange={onDraftChange} />, host));
    const textarea = host.querySelector('textarea')!;
    expect(textarea.value).toBe('Ask about the scan');
    expect(textarea.maxLength).toBe(LIMITS.noteChars);
    act(() => host.querySelector('form')!.requestSubmit());
    await flush();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/could not be saved.*Your text is still here/);
    expect(host.querySelector('textarea')!.value).toBe('Ask about the scan');
    expect(onDraftChange).not.toHaveBeenCalledWith(undefined);
  });

  it('hands each change up as a draft, and clears it once saved', async () => {
    const onDraftChange = vi.fn();
    act(() => render(<NoteEditor note="" onSave={async () => ({ ok: true })} onDraftChange={onDraftChange} />, host));
    act(() => host.querySelector('button')!.click());
    const textarea = host.querySelector('textarea')!;
    act(() => {
      textarea.value = 'Bring the list';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onDraftChange).toHaveBeenLastCalledWith('Bring the list');
    act(() => host.querySelector('form')!.requestSubmit());
    await flush();
    expect(onDraftChange).toHaveBeenLastCalledWith(undefined);
    expect(host.querySelector('textarea')).toBeNull();
  });
});
