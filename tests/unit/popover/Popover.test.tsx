import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '../../../src/popover/Popover';
import { ENTRIES } from '../../fixtures/entries';

const view = { entry: ENTRIES.find((e) => e.id === 'pd-l1')!, origin: 'shipped' as const, known: false };
const base = { view, matchedText: 'PD-L1', anchor: { left: 100, top: 100, width: 40, height: 18 }, viewport: { width: 800, height: 600 } };
const host = document.createElement('div');
document.body.append(host);
afterEach(() => render(null, host));

describe('Popover', () => {
  it('is a tooltip labelled by its term while following the hover', () => {
    render(<Popover {...base} pinned={false} onClose={() => {}} />, host);
    const el = host.querySelector('[role="tooltip"]')!;
    expect(el).not.toBeNull();
    expect(document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent).toBe('PD-L1');
    expect(host.querySelector('button[aria-label="Close"]')).toBeNull();
  });

  it('is a dialog with a close button once pinned, and Escape closes it', () => {
    const onClose = vi.fn();
    render(<Popover {...base} pinned onClose={onClose} />, host);
    const el = host.querySelector<HTMLElement>('[role="dialog"]')!;
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    host.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
