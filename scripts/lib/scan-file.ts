// What the extension would underline in a file: a .txt is matched as it is; an .html page is
// parsed and its visible text collected exactly as the content script collects it.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { findMatches, type Match, type MatchIndex } from '../../src/matcher/index';
import { blocksText, collectBlocks } from '../../src/page/collect';

export interface ScanResult {
  file: string;
  text: string;
  matches: (Match & { text: string })[];
}

function blockTexts(html: string): string[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(html);
  const blocks = collectBlocks(window.document as unknown as Document);
  const texts = blocks.map((b) => b.text);
  void window.happyDOM.close();
  return texts;
}

/** Matches each block on its own (as the page does) and reports offsets into the joined text. */
export function scanBlocks(index: MatchIndex, blocks: readonly string[]): { text: string; matches: ScanResult['matches'] } {
  const text = blocksText(blocks.map((t) => ({ text: t, nodes: [], starts: [] })));
  const matches: ScanResult['matches'] = [];
  let offset = 0;
  for (const block of blocks) {
    for (const m of findMatches(index, block)) {
      matches.push({ ...m, start: m.start + offset, end: m.end + offset, text: block.slice(m.start, m.end) });
    }
    offset += block.length + 1;
  }
  return { text, matches };
}

export function scanFile(index: MatchIndex, file: string): ScanResult {
  const raw = readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) return { file, ...scanBlocks(index, blockTexts(raw)) };
  return { file, text: raw, matches: findMatches(index, raw).map((m) => ({ ...m, text: raw.slice(m.start, m.end) })) };
}
