// Where the extension runs: this site and everywhere, effective in open tabs without a reload.
import { NEXT_TERM_KEYS, PREVIOUS_TERM_KEYS } from '../../page/keyboard-nav';

export interface SiteControlsProps {
  host: string | null;
  siteOn: boolean;
  everywhereOn: boolean;
  onSite: (on: boolean) => void;
  onEverywhere: (on: boolean) => void;
}

export function SiteControls({ host, siteOn, everywhereOn, onSite, onEverywhere }: SiteControlsProps) {
  return (
    <section class="controls" aria-label="Where it runs">
      {host ? (
        <label>
          <input type="checkbox" name="site" checked={siteOn} onChange={(e) => onSite(e.currentTarget.checked)} />
          Underline terms on {host}
        </label>
      ) : (
        <p class="hint">The extension cannot read this page.</p>
      )}
      <label>
        <input type="checkbox" name="everywhere" checked={everywhereOn} onChange={(e) => onEverywhere(e.currentTarget.checked)} />
        Underline terms on every site
      </label>
      <p class="hint">
        Keyboard: <kbd>{NEXT_TERM_KEYS}</kbd> next term, <kbd>{PREVIOUS_TERM_KEYS}</kbd> previous term.
      </p>
    </section>
  );
}
