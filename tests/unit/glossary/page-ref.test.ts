import { describe, expect, it } from 'vitest';
import { isPageRef, pageRef } from '../../../src/glossary/page-ref';

describe('where a note was seen', () => {
  it('keeps the title and the address without query or fragment', () => {
    expect(pageRef('  Biopsy:\n what to expect ', 'https://example.org/biopsy?session=secret#part')).toEqual({
      title: 'Biopsy: what to expect',
      url: 'https://example.org/biopsy',
    });
  });

  it('falls back to the host for an untitled page, and refuses anything not http(s)', () => {
    expect(pageRef('', 'http://example.org/')).toEqual({ title: 'example.org', url: 'http://example.org/' });
    expect(pageRef('x', 'javascript:alert(1)')).toBeUndefined();
    expect(pageRef('x', 'about:srcdoc')).toBeUndefined();
    expect(pageRef('x', 'not a url')).toBeUndefined();
  });

  it('accepts only references it would have written', () => {
    expect(isPageRef({ title: 'A', url: 'https://example.org/a' })).toBe(true);
    expect(isPageRef({ title: 'A', url: 'https://example.org/a?q=1' })).toBe(false);
    expect(isPageRef({ title: 'A', url: 'data:text/html,<b>' })).toBe(false);
    expect(isPageRef({ title: 'x'.repeat(301), url: 'https://example.org/' })).toBe(false);
    expect(isPageRef('https://example.org/')).toBe(false);
  });
});
