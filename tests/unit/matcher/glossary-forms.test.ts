// Every written form of every shipped entry is underlined as that entry (issue: "clinical trials",
// "stents" and "arrhythmias" were missed although their singulars are entries). The expected forms
// are derived here by simple rules of their own, independent of how the matcher generates them:
// plurals (English, Latin and Greek), adverbs of route adjectives, possessive eponyms, hyphen and
// joined variants, and British spellings. Every form that does not match is printed.
import { describe, expect, it } from 'vitest';
import { buildIndex, compileGlossary, findMatches } from '../../../src/matcher/index';
import { inflections } from '../../../src/matcher/nlp';
import { loadShippedEntries } from '../../../scripts/lib/load-glossary';
import type { Entry } from '../../../src/glossary/types';

// Forms the rules expect that nobody writes, or that a page cannot write as one run of words.
const NOT_WRITTEN: Record<string, string> = {
  'pulse oxes': 'a clipped word with no plural in use',
  'P. aeruginosae / P. aeruginosas': 'a species name: no plural, and the dot ends the word run',
  "St. John's worts": 'a plant name with a dot; written without it, it matches',
  'St. Johns worts': 'a plant name with a dot; written without it, it matches',
  'ear, nose, and throat doctors': 'a comma breaks the run of words; "ENT doctor" is the alias that matches',
};

const entries = loadShippedEntries();
const index = buildIndex(compileGlossary(entries, inflections));

/** Candidate plurals of a word: any one of them matching is enough. */
function expectedPlurals(word: string): string[] {
  if (/(itis|ics|ness|ism|ology|ous|ful|less|ed|ing|ly|al|ic|ive|ary|oid|ar)$/i.test(word) || !/[a-z]$/.test(word)) return [];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/is$/.test(word)) return [`${word.slice(0, -2)}es`];
  if (/us$/.test(word)) return [`${word.slice(0, -2)}i`, `${word}es`];
  if (/um$/.test(word)) return [`${word.slice(0, -2)}a`, `${word}s`];
  if (/[ie]x$/.test(word)) return [`${word.slice(0, -2)}ices`, `${word}es`];
  if (/a$/.test(word)) return [`${word}e`, `${word}s`];
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  return [`${word}s`];
}

const BRITISH: [RegExp, string][] = [
  [/\btumor/g, 'tumour'], [/(?<!a)emia\b/g, 'aemia'], [/\bhem(o|a|at|orrh)/g, 'haem$1'], [/\besophag/g, 'oesophag'], [/\bedema/g, 'oedema'],
  [/\bestrogen/g, 'oestrogen'], [/(?<!o)rrhea\b/g, 'rrhoea'], [/\bpediatr/g, 'paediatr'], [/\banesth/g, 'anaesth'], [/([a-z]{3})ize\b/g, '$1ise'],
];

interface Expectation {
  /** Any one of these written forms matching is enough (the plurals of a Latin word, say). */
  forms: string[];
  why: string;
}

function expectationsOf(entry: Entry): Expectation[] {
  const out: Expectation[] = [];
  const names = [
    { text: entry.term, exact: entry.case === 'exact' },
    ...(entry.aliases ?? []).map((a) => ({ text: a.text, exact: a.case === 'exact', brand: a.kind === 'brand' })),
  ];
  for (const name of names) {
    const { text } = name;
    if (name.exact) {
      if (/^[A-Z][A-Z0-9]*[A-Z]$/.test(text)) out.push({ forms: [`${text}s`], why: 'plural of an abbreviation' });
      continue;
    }
    if ('brand' in name && name.brand) continue;
    const words = text.split(' ');
    const last = words[words.length - 1]!;
    const plurals = expectedPlurals(last).map((p) => [...words.slice(0, -1), p].join(' '));
    if (plurals.length) out.push({ forms: plurals, why: 'plural' });
    if (words.length === 1 && /(venous|cutaneous|muscular|thecal|vesical|topical|oral)$/.test(text)) out.push({ forms: [`${text}ly`], why: 'adverb of a route' });
    if (/-/.test(text) && !/\s/.test(text)) out.push({ forms: [text.replace(/-/g, ' ')], why: 'hyphen as a space' });
    if (/^[A-Z][a-z]+ (disease|syndrome|lymphoma|sarcoma|palsy|anomaly)$/.test(text)) out.push({ forms: [text.replace(' ', "'s ")], why: 'possessive eponym' });
    let british = text;
    for (const [re, to] of BRITISH) british = british.replace(re, to);
    if (british !== text) out.push({ forms: [british], why: 'British spelling' });
  }
  return out;
}

describe('every written form of every shipped entry', () => {
  it('is underlined as its own entry', () => {
    const misses: string[] = [];
    let checked = 0;
    for (const entry of entries) {
      for (const { forms, why } of expectationsOf(entry)) {
        checked += 1;
        const context = entry.context?.[0] ?? 'today';
        const sentence = (form: string) => `The ${context} and ${form} were discussed.`;
        const ok = forms.some((form) => findMatches(index, sentence(form)).some((m) => m.termId === entry.id && m.end - m.start >= form.length - 1));
        if (!ok && !NOT_WRITTEN[forms.join(' / ')]) {
          const other = findMatches(index, sentence(forms[0]!)).map((m) => m.termId).filter((id) => id !== entry.id);
          misses.push(`${entry.id}: ${forms.join(' / ')} (${why})${other.length ? ` -> read as ${other.join(', ')}` : ''}`);
        }
      }
    }
    if (misses.length) console.log(`${misses.length} of ${checked} expected forms do not match:\n  ${misses.join('\n  ')}`);
    expect(checked).toBeGreaterThan(entries.length);
    expect(misses).toEqual([]);
  });

  it('reads the phrases readers met split into look-alike pieces as one term', () => {
    for (const phrase of ['low blood pressure', 'adrenal insufficiency', 'capillary leak syndrome', 'tumor cells', 'Tumour cells', 'clinical trials']) {
      const ms = findMatches(index, `They said ${phrase} today.`);
      expect(ms.map((m) => m.end - m.start), phrase).toEqual([phrase.length]);
    }
  });
});
