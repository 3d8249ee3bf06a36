import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../scripts/lib/check-glossary';
import { readGlossaryFiles } from '../../scripts/lib/load-glossary';
import { ENTRIES } from '../fixtures/entries';

const INVALID = join(import.meta.dirname, '../fixtures/glossary-invalid');

describe('the glossary check', () => {
  it('passes the shipped glossary', () => {
    const { problems, entries } = checkGlossary(readGlossaryFiles());
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('passes a valid hand-written glossary', () => {
    expect(checkGlossary([{ file: 'fixture.json', data: { entries: ENTRIES } }]).problems).toEqual([]);
  });

  const EXPECTED: Record<string, RegExp> = {
    'missing-definition.json': /schema: .*definition/,
    'bad-id.json': /schema: \/entries\/0\/id/,
    'abbreviation-without-case.json': /schema: .*aliases\/0.*case/,
    'unknown-publisher.json': /schema: .*publisher/,
    'duplicate-id.json': /duplicate id/,
    'colliding-alias.json': /"Cytokine" is also a name of "cytokine"/,
    'everyday-word.json': /everyday word/,
    'unknown-related.json': /related id "no-such-entry" does not exist/,
    'url-in-definition.json': /contains an address/,
    'treatment-advice.json': /treatment advice/,
    'too-long.json': /definition has 60 words/,
    'too-hard.json': /reading grade .* is above 12/,
    'extra-field.json': /schema: .*additional properties/,
    'not-an-object.json': /schema: \/ must be object/,
    'sense-without-context.json': /"MS" is also a name of "ms-multiple-sclerosis" \(two senses of one abbreviation need a context rule each\)/,
  };

  it('lets one abbreviation have several senses when each has a context rule', () => {
    const data = JSON.parse(readFileSync(join(INVALID, 'sense-without-context.json'), 'utf8')) as { entries: { context?: string[] }[] };
    data.entries[1]!.context = ['valve', 'mitral', 'murmur'];
    expect(checkGlossary([{ file: 'senses.json', data }]).problems).toEqual([]);
  });

  it('has an expectation for every invalid fixture', () => {
    expect(readdirSync(INVALID).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('rejects %s', (file, message) => {
    const data = JSON.parse(readFileSync(join(INVALID, file), 'utf8')) as unknown;
    const { problems } = checkGlossary([{ file, data }]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
});
