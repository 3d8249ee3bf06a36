// The glossary terms found on the current tab, with how often each occurs, in page order or A-Z.
// Choosing one scrolls the page to it and opens its explanation there.
import { useState } from 'preact/hooks';
import type { PageInfo } from '../../messaging/protocol';

export interface OnThisPageProps {
  terms: PageInfo['terms'];
  nameOf: (termId: string) => string;
  onShow: (termId: string) => void;
}

export function OnThisPage({ terms, nameOf, onShow }: OnThisPageProps) {
  const [order, setOrder] = useState<'page' | 'az'>('page');
  if (terms.length === 0) return <p class="hint">No glossary terms are underlined on this page.</p>;
  const shown = order === 'az' ? [...terms].sort((a, b) => nameOf(a.termId).localeCompare(nameOf(b.termId))) : terms;
  return (
    <div class="on-page">
      <fieldset class="order">
        <legend>Order</legend>
        <label><input type="radio" name="order" checked={order === 'page'} onChange={() => setOrder('page')} /> as on the page</label>
        <label><input type="radio" name="order" checked={order === 'az'} onChange={() => setOrder('az')} /> A to Z</label>
      </fieldset>
      <ul aria-label="Terms on this page">
        {shown.map((t) => (
          <li key={t.termId}>
            <button type="button" data-term-id={t.termId} onClick={() => onShow(t.termId)}>
              {nameOf(t.termId)} <span class="count">×{t.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
