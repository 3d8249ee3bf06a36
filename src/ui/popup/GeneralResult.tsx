// A general English meaning for a word the medical glossary lacks, clearly labelled as such, with
// a way to add the word to the personal glossary; or, for a word in no dictionary, suggestions.
import type { GeneralHit } from '../../dictionary/general-dictionary';

export interface GeneralResultProps {
  query: string;
  hit: GeneralHit | null;
  suggestions: string[];
  onAdd: (word: string) => void;
  onPick: (word: string) => void;
}

export function GeneralResult({ query, hit, suggestions, onAdd, onPick }: GeneralResultProps) {
  if (hit) {
    return (
      <section class="general" aria-labelledby="general-title">
        <h2 id="general-title">{hit.word}</h2>
        <p class="hint">Not in the medical glossary. From a general English dictionary (WordNet):</p>
        <ol>
          {hit.senses.map((s, i) => (
            <li key={i}><em>{s.partOfSpeech}</em>: {s.gloss}</li>
          ))}
        </ol>
        <button type="button" onClick={() => onAdd(hit.word)}>Add “{hit.word}” to my glossary</button>
      </section>
    );
  }
  return (
    <section class="general">
      <p class="empty">“{query}” was not found in the glossary or the dictionary.</p>
      {suggestions.length > 0 && (
        <p>
          Did you mean:{' '}
          {suggestions.map((w, i) => (
            <span key={w}>
              {i > 0 && ', '}
              <button type="button" class="link" onClick={() => onPick(w)}>{w}</button>
            </span>
          ))}
          ?
        </p>
      )}
    </section>
  );
}
