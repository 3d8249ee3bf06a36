// Finds runs of N words that a definition shares with any corpus page: our definitions must be
// our own words. Definition n-grams go in a set; the corpus streams past it once.
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []);
}

export function sharedRuns(definitions: readonly { id: string; text: string }[], pages: Iterable<string>, n = 8): Map<string, string> {
  const grams = new Map<string, string>();
  for (const d of definitions) {
    const w = words(d.text);
    for (let i = 0; i + n <= w.length; i += 1) grams.set(w.slice(i, i + n).join(' '), d.id);
  }
  const found = new Map<string, string>();
  if (grams.size === 0) return found;
  for (const page of pages) {
    const w = words(page);
    for (let i = 0; i + n <= w.length; i += 1) {
      const g = w.slice(i, i + n).join(' ');
      const id = grams.get(g);
      if (id && !found.has(id)) found.set(id, g);
    }
  }
  return found;
}
