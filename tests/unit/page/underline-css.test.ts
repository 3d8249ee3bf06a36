// The stylesheet the manifest puts on pages must hold exactly one rule per look the options page
// offers: a look without its rule would silently stop underlining.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allUnderlineRules, highlightNameFor, UNDERLINE_COLORS, UNDERLINE_STYLES } from '../../../src/settings/appearance';

const css = readFileSync(join(import.meta.dirname, '../../../src/page/underline.css'), 'utf8');
const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((l) => l.trim()).filter(Boolean);

describe('underline.css', () => {
  it('has one rule for every underline style and colour, and nothing else', () => {
    expect(rules).toEqual(allUnderlineRules());
    expect(rules).toHaveLength(UNDERLINE_STYLES.length * Object.keys(UNDERLINE_COLORS).length);
  });

  it('selects only our own highlights, never an element of the page', () => {
    for (const rule of rules) expect(rule).toMatch(/^::highlight\(health-glossary-term(--[a-z]+-[a-z]+)?\) \{[^{}]*\}$/);
  });

  it('keeps the default look under the base name the page code registers first', () => {
    expect(highlightNameFor('dotted', 'blue')).toBe('health-glossary-term');
    expect(new Set(UNDERLINE_STYLES.flatMap((s) => Object.keys(UNDERLINE_COLORS).map((c) => highlightNameFor(s, c as 'blue')))).size).toBe(25);
  });
});
