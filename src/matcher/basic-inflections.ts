// English plural rules without compromise, for the rare entry whose forms were not compiled
// ahead (an imported entry, say). The popup and options page compile with compromise instead.
const IRREGULAR_END = /(itis|ics|ss|us|is|[^a-z])$/i;

export function basicInflections(phrase: string): string[] {
  const m = /^(.*?)([\p{L}]+)$/u.exec(phrase.trim());
  if (!m) return [];
  const [, head = '', last = ''] = m;
  if (last.length < 3 || IRREGULAR_END.test(last)) return [];
  if (/[^aeiou]y$/i.test(last)) return [`${head}${last.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(last)) return [`${head}${last}es`];
  return [`${head}${last}s`];
}
