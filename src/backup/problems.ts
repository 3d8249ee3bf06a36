// Problems found in a personal glossary file: where each is (for tests and support) and a
// sentence for the person importing it. Only the first ones are kept, so a file of ten million
// bad items costs a count, not ten million messages.
import { LIMITS } from '../glossary/limits';
import { sentence } from '../glossary/validate-entry';

export interface Problem {
  /** Where in the file, as a path: "entries[0].definition". */
  at: string;
  /** What is wrong, for people: "Entry 1 (“biopsy”): the definition is too short (at least 10 characters)." */
  message: string;
}

export interface ProblemList {
  readonly list: Problem[];
  /** Every problem found, also those past the listed ones. */
  count(): number;
  add(at: string, label: string, clause: string): void;
}

export function problemList(): ProblemList {
  const list: Problem[] = [];
  let count = 0;
  return {
    list,
    count: () => count,
    add(at, label, clause) {
      count++;
      if (list.length < LIMITS.problems) list.push({ at, message: label ? `${label}: ${clause}.` : sentence(clause) });
    },
  };
}
