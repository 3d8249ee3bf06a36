import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TermCard } from '../../../src/ui/TermCard';
import { ENTRIES } from '../../fixtures/entries';

const byId = (id: string) => ENTRIES.find((e) => e.id === id)!;
let host: HTMLElement;
function show(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('TermCard', () => {
  it('shows the term, its definition and a learn-more link built from the publisher’s search', () => {
    const el = show(<TermCard view={{ entry: byId('biopsy'), origin: 'shipped', known: false }} />);
    expect(el.querySelector('h2')?.textContent).toBe('biopsy');
    expect(el.textContent).toContain(byId('biopsy').definition);
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.cancer.gov/search/results?swKeyword=biopsy');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('says what an abbreviation on the page stands for, and which generic a brand is', () => {
    expect(show(<TermCard view={{ entry: byId('cytokine-release-syndrome'), origin: 'shipped', known: false }} matchedText="CRS" />).textContent).toContain(
      'Short for cytokine release syndrome',
    );
    render(null, host);
    expect(show(<TermCard view={{ entry: byId('pembrolizumab'), origin: 'shipped', known: false }} matchedText="Keytruda" />).textContent).toContain(
      'A brand name for pembrolizumab',
    );
  });

  it('shows the user’s note and marks an edited entry', () => {
    const el = show(<TermCard view={{ entry: byId('biopsy'), origin: 'edited', known: false, note: 'Ask if it hurts' }} />);
    expect(el.querySelector('.hgh-note')?.textContent).toContain('Ask if it hurts');
    expect(el.textContent).toContain('edited by you');
  });

  it('shows user text as text, never as HTML', () => {
    const el = show(<TermCard view={{ entry: { ...byId('biopsy'), definition: '<img src=x onerror=alert(1)> plain' }, origin: 'user', known: false, note: '<b>bold?</b>' }} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)> plain');
  });

  it('says who checked the facts, against what and when, and that it is not medical advice', () => {
    const entry = { ...byId('biopsy'), source: { publisher: 'NHS' as const, checked: '2026-12' } };
    expect(show(<TermCard view={{ entry, origin: 'shipped', known: false }} />).querySelector('.hgh-checked')?.textContent).toBe(
      'Checked against NHS, December 2026. General information, not medical advice.',
    );
    expect(show(<TermCard view={{ entry, origin: 'user', known: false }} />).querySelector('.hgh-checked')?.textContent).toMatch(/^Written by you\./);
  });

  it('speaks the page’s words first: its title is what the page wrote, with the medical word beneath', () => {
    const entry = { ...byId('biopsy'), id: 'dyspnea', term: 'dyspnea', familiarity: 'medical' as const, aliases: [{ text: 'shortness of breath', kind: 'synonym' as const }] };
    const el = show(<TermCard view={{ entry, origin: 'shipped', known: false }} matchedText="shortness of breath" />);
    expect(el.querySelector('h2')?.textContent).toBe('shortness of breath');
    expect(el.querySelector('.hgh-sub')?.textContent).toBe('Medical word: dyspnea');
  });
});
