// Collects the page's readable text as blocks (a paragraph, a list item, a cell), each with the
// text nodes it came from, so that match offsets map back to DOM positions. It only reads the DOM.

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character within `text`. */
  starts: number[];
}

// Never underline inside these: code, forms, media, and page furniture that is not prose.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'NAV', 'FOOTER', 'HEAD', 'TITLE',
]);
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search', 'textbox', 'code']);

// Elements that flow within a line: text on either side belongs to the same block.
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'RUBY', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR',
]);

/** Attribute marking the extension's own UI, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-health-glossary-ui';

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

/** The nearest ancestor that is not inline: the paragraph, item or cell a text node belongs to. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/**
 * Text blocks under `root` in document order, one at a time, so a caller can spread the walk
 * over several idle slices. `doc` is the document that owns `root`.
 */
export function* walkBlocks(
  doc: Document,
  root: Node = doc.body ?? doc.documentElement,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  // Open shadow roots (web components) are read after the tree that hosts them.
  const shadows: ShadowRoot[] = [];
  // Text on either side of a skipped element (code, a form field) must not join into one word.
  let skippedSince = false;
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  const NodeFilterRef = doc.defaultView?.NodeFilter ?? NodeFilter;
  const walker = doc.createTreeWalker(root, NodeFilterRef.SHOW_ELEMENT | NodeFilterRef.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (isSkipped(node as Element)) {
          skippedSince = true;
          return NodeFilterRef.FILTER_REJECT;
        }
        const shadow = (node as Element).shadowRoot;
        if (shadow) shadows.push(shadow);
        return NodeFilterRef.FILTER_ACCEPT;
      }
      return NodeFilterRef.FILTER_ACCEPT;
    },
  });
  const finish = (block: TextBlock | null) => (block ? trimBlock(block) : null);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // A line break splits the words around it, as it does on screen.
      if ((node as Element).tagName.toUpperCase() === 'BR') {
        const done = finish(current);
        if (done?.nodes.length) yield done;
        current = null;
      }
      continue;
    }
    const text = node as Text;
    if (!/\S/.test(text.data)) {
      if (current) append(current, text);
      continue;
    }
    const block = blockOf(text);
    if (!current || block !== currentBlock || skippedSince) {
      const done = finish(current);
      if (done?.nodes.length) yield done;
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
      skippedSince = false;
    }
    append(current, text);
  }
  const done = finish(current);
  if (done?.nodes.length) yield done;
  for (const shadow of shadows) {
    onShadowRoot?.(shadow);
    yield* walkBlocks(doc, shadow, onShadowRoot);
  }
}

export function collectBlocks(doc: Document, root?: Node): TextBlock[] {
  return [...walkBlocks(doc, root)];
}

function append(block: TextBlock, node: Text): void {
  block.starts.push(block.text.length);
  block.nodes.push(node);
  block.text += node.data;
}

/** Drops whitespace-only nodes at the end of a block (they were kept only as word separators). */
function trimBlock(block: TextBlock): TextBlock {
  while (block.nodes.length > 0 && !/\S/.test(block.nodes[block.nodes.length - 1]!.data)) {
    block.nodes.pop();
    block.text = block.text.slice(0, block.starts.pop());
  }
  return block;
}

/** The page's visible text as one string: blocks joined by newlines (what `npm run scan` reports offsets into). */
export function blocksText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** The DOM position of a character offset within a block. */
export function positionInBlock(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}
