import { describe, expect, it } from 'vitest';
import { findAbbreviationDefinitions } from '../../../src/matcher/abbreviation-definitions';

const defs = (text: string) => findAbbreviationDefinitions(text).map((d) => [d.abbreviation, d.longForm]);

describe('abbreviations a page defines (Schwartz-Hearst)', () => {
  it('finds "long form (ABBR)" with the shortest long form that spells it', () => {
    expect(defs('Babies born with congenital rubella syndrome (CRS) may have heart problems.')).toEqual([['CRS', 'congenital rubella syndrome']]);
    expect(defs("Call NCI's Cancer Information Service (CIS) for help.")).toEqual([['CIS', 'Cancer Information Service']]);
    expect(defs('They have congenital heart defects (CHDs).')).toEqual([['CHDs', 'congenital heart defects']]);
    expect(defs('Some take 5-aminosalicylic acid (5-ASA) for colitis.')).toEqual([['5-ASA', '5-aminosalicylic acid']]);
  });

  it('finds the reverse "ABBR (long form)"', () => {
    expect(defs('Doctors test for CRS (congenital rubella syndrome) at birth.')).toEqual([['CRS', 'congenital rubella syndrome']]);
  });

  it('ignores parentheses that define nothing', () => {
    expect(defs('The scan (which is painless) takes an hour.')).toEqual([]);
    expect(defs('Results come in a week (see page 2).')).toEqual([]);
    expect(defs('The drug (Keytruda) is given every three weeks.')).toEqual([]);
  });
});
