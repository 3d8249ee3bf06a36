// The search box and filters above the list: props in, changes out.
import { CATEGORIES } from '../../glossary/types';
import { categoryLabel } from '../../glossary/category-label';
import type { EntryFilter } from './filter-entries';

export interface FilterBarProps {
  filter: EntryFilter;
  /** Only what changed, so two quick changes never undo each other. */
  onChange: (patch: Partial<EntryFilter>) => void;
}

export function FilterBar({ filter, onChange }: FilterBarProps) {
  const set = <K extends keyof EntryFilter>(key: K, value: EntryFilter[K]) => onChange({ [key]: value });
  return (
    <div class="filters" role="group" aria-label="Search and filter the glossary">
      <label class="grow">
        Search terms
        <input type="search" name="search" value={filter.query} placeholder="term, alias, definition or note" onInput={(e) => set('query', e.currentTarget.value)} />
      </label>
      <label>
        Category
        <select name="category" value={filter.category} onChange={(e) => set('category', e.currentTarget.value as EntryFilter['category'])}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="editedByMe" checked={filter.editedByMe} onChange={(e) => set('editedByMe', e.currentTarget.checked)} />
        Edited or added by me
      </label>
      <label class="check">
        <input type="checkbox" name="hasNote" checked={filter.hasNote} onChange={(e) => set('hasNote', e.currentTarget.checked)} />
        Has a note
      </label>
      <label class="check">
        <input type="checkbox" name="known" checked={filter.known} onChange={(e) => set('known', e.currentTarget.checked)} />
        Marked as known
      </label>
    </div>
  );
}
