import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '../../../src/ui/VirtualList';

describe('VirtualList', () => {
  it('renders only the rows in view, however long the list', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const items = Array.from({ length: 10_000 }, (_, i) => `term ${i}`);
    render(<VirtualList items={items} rowHeight={30} height={300} label="Terms" keyOf={(s) => s} renderRow={(s) => <span>{s}</span>} />, host);
    const rows = host.querySelectorAll('li');
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]?.textContent).toBe('term 0');
    expect(host.querySelector('ul')?.style.height).toBe('300000px');
    render(null, host);
  });
});
