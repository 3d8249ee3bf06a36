// What the right-hand side says while no entry is open: what can be done on this page. Props only.
export interface OptionsIntroProps {
  /** Whether changes can be saved (browser storage works). */
  canSave: boolean;
}

export function OptionsIntro({ canSave }: OptionsIntroProps) {
  return (
    <section class="intro" aria-labelledby="intro-title">
      <h2 id="intro-title">What you can do here</h2>
      <ul>
        <li><strong>Search</strong> the glossary above: by a term, another way of writing it (an abbreviation, a brand name), words of its definition, or your notes.</li>
        <li><strong>Pick an entry</strong> in the list to read it, put its definition in your own words, or mark it as known so pages stop underlining it.</li>
        <li><strong>Add your own term</strong> for a word the glossary does not explain yet, with the “Add a term” button above.</li>
        <li><strong>Write notes</strong> on any term (questions for your care team, say): they show on every page where the term appears, and are all listed below.</li>
        <li><strong>Back up</strong> your glossary and notes to a file, and restore it here or on another computer (at the bottom of this page).</li>
      </ul>
      {!canSave && <p class="hint">Saving needs browser storage, which is unavailable here: you can search and read, but not change anything.</p>}
    </section>
  );
}
