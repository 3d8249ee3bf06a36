// The meaning the page means, measured: sentences written for this project in the style of real
// patient pages (tests/fixtures/senses/sentences.json), each with a target word and the glossary
// entry that correctly explains it there, or none. The shipped glossary and matcher read each
// text as a page would (its own abbreviation definitions first); at least 95% must be right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { findSenseMatches, noPageSenses } from '../../../src/matcher/page-senses';
import { loadShippedEntries } from '../../../scripts/lib/load-glossary';

interface Item {
  text: string;
  target: string;
  sense: string | null;
  note: string;
}

const items = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/senses/sentences.json'), 'utf8')) as Item[];
const entries = loadShippedEntries();
const index = buildIndex(compileGlossary(entries, inflections));
const byId = new Map(entries.map((e) => [e.id, e]));

/** One sense under two ids: an abbreviation's entry and the entry of the long form it stands for ("GBM" and glioblastoma). */
function sameSense(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [x, y] = [byId.get(a), byId.get(b)];
  const names = (e: typeof x) => new Set([e?.term, ...(e?.aliases ?? []).map((al) => al.text)].filter(Boolean).map((t) => t!.toLowerCase()));
  // An abbreviation's entry names its long form's entry first among its related ones.
  const twin = (abbr: typeof x, full: typeof x) =>
    !!abbr?.expansion && !!full && (names(full).has(abbr.expansion.toLowerCase()) || abbr.related?.[0] === full.id);
  return twin(x, y) || twin(y, x);
}

/** The entry shown for the last occurrence of the target, or null when none is (or only the page explains it). */
function senseGiven(item: Item): string | null {
  const at = item.text.lastIndexOf(item.target);
  const m = findSenseMatches(index, item.text, noPageSenses()).find((x) => x.start <= at && at < x.end);
  return m && m.termId ? m.termId : null;
}

describe('the sense a page means', () => {
  it('is the one given for at least 95% of the sentences', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    const wrong = items.filter((item) => !sameSense(senseGiven(item), item.sense));
    const share = (items.length - wrong.length) / items.length;
    console.log(
      `Senses right: ${items.length - wrong.length} of ${items.length} (${(100 * share).toFixed(1)}%)` +
        (wrong.length ? `\n  ${wrong.map((w) => `"${w.target}" in "${w.text.slice(0, 70)}...": expected ${w.sense}, got ${senseGiven(w)}`).join('\n  ')}` : ''),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
