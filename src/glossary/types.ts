// The shape of one glossary entry, shipped or written by the user. Mirrors glossary/term.schema.json.

export type CaseRule = 'exact' | 'any';
export type AliasKind = 'abbreviation' | 'synonym' | 'spelling' | 'brand' | 'generic' | 'british';
export type Publisher = 'NCI' | 'MedlinePlus' | 'NHS' | 'CDC' | 'FDA' | 'NIH';

export const CATEGORIES = [
  'immunotherapy', 'immune-system', 'cancer-type', 'cancer-basics', 'treatment', 'drug',
  'side-effect', 'symptom', 'test-procedure', 'anatomy', 'research', 'genetics', 'condition',
  'general-medical',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Alias {
  text: string;
  kind: AliasKind;
  case?: CaseRule;
}

export interface Source {
  publisher: Publisher;
  query?: string;
  /** Year and month the facts were last checked, "2026-12". */
  checked?: string;
}

export const FAMILIARITY = ['everyday', 'common', 'medical', 'specialist'] as const;
/** How well a lay adult knows a term; decides what is underlined by default. */
export type Familiarity = (typeof FAMILIARITY)[number];

export interface Entry {
  id: string;
  term: string;
  case?: CaseRule;
  expansion?: string;
  aliases?: Alias[];
  definition: string;
  detail?: string;
  category: Category;
  familiarity?: Familiarity;
  related?: string[];
  context?: string[];
  source: Source;
}

export interface GlossaryFile {
  entries: Entry[];
}
