import { describe, expect, it } from 'vitest';
import { isJoiner, normalizeWord, tokenize } from '../../../src/matcher/tokenize';

describe('tokenize', () => {
  it('gives offsets into the original string', () => {
    const text = '  T-cells (TILs)';
    const t = tokenize(text);
    expect(t.starts.map((s, i) => text.slice(s, t.ends[i]))).toEqual(['T', 'cells', 'TILs']);
    expect(t.norms).toEqual(['t', 'cells', 'tils']);
  });

  it('keeps soft hyphens and joiners inside the word but not in its key', () => {
    expect(tokenize('cyto\u00ADkine').norms).toEqual(['cytokine']);
    expect(normalizeWord('Sjögren')).toBe('sjogren');
    expect(normalizeWord('Sjo\u0308gren')).toBe('sjogren');
    expect(normalizeWord('TUMOUR')).toBe('tumour');
  });

  it('splits at zero-width and non-breaking spaces', () => {
    expect(tokenize('T\u00A0cell\u200Bline').norms).toEqual(['t', 'cell', 'line']);
  });

  it('joins words only across spaces, hyphens, dashes, apostrophes and slashes', () => {
    expect(isJoiner(' ')).toBe(true);
    expect(isJoiner('-')).toBe(true);
    expect(isJoiner('\u2019')).toBe(true);
    expect(isJoiner('. ')).toBe(false);
    expect(isJoiner(', ')).toBe(false);
    expect(isJoiner('    ')).toBe(false);
  });
});
