// The card for an abbreviation the page defines in a sense the glossary does not have: what the
// page says it stands for, said as the page's words, and a way to add it. Props only.
export interface PageDefinitionCardProps {
  abbreviation: string;
  longForm: string;
  headingId?: string;
  /** Offered once pinned: opens "add a term" with the abbreviation and its meaning filled in. */
  onAdd?: () => void;
}

export function PageDefinitionCard({ abbreviation, longForm, headingId, onAdd }: PageDefinitionCardProps) {
  return (
    <div class="hgh-card">
      <h2 id={headingId}>{abbreviation}</h2>
      <p class="hgh-sub">This page says {abbreviation} stands for “{longForm}”.</p>
      <p class="hgh-def">The glossary has no entry for this meaning, so it does not explain it further.</p>
      {onAdd && (
        <div class="hgh-row">
          <button type="button" class="hgh-action" onClick={onAdd}>Add it to my glossary</button>
        </div>
      )}
    </div>
  );
}
