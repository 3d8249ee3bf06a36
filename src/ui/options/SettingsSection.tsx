// Settings: props in, changes out. The container stores only what differs from the defaults.
import type { OnceIn, Settings, UnderlineLevel } from '../../settings/settings';
import { formatNumber } from './locale-format';
import { THEMES, UNDERLINE_COLORS, UNDERLINE_STYLES, type Theme, type UnderlineColor, type UnderlineStyle } from '../../settings/appearance';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as my system', light: 'Light', dark: 'Dark' };

const ONCE_CHOICES: readonly [OnceIn, string][] = [
  ['page', 'On each page'],
  ['section', 'Under each heading of a page'],
];

const LEVEL_CHOICES: readonly [UnderlineLevel, string][] = [
  ['fewer', 'Fewer: only the hardest words'],
  ['default', 'Words most readers need explained (recommended)'],
  ['all', 'Every word the glossary knows, everyday words too'],
];

export interface SettingsSectionProps {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

export function SettingsSection({ settings, onChange }: SettingsSectionProps) {
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <label class="check">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => onChange('enabled', e.currentTarget.checked)} />
        Underline terms on the pages I read
      </label>
      <fieldset class="levels">
        <legend>How many words to underline</legend>
        {LEVEL_CHOICES.map(([level, label]) => (
          <label class="check" key={level}>
            <input type="radio" name="underlineLevel" value={level} checked={settings.underlineLevel === level} onChange={() => onChange('underlineLevel', level)} />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" name="firstOccurrenceOnly" checked={settings.firstOccurrenceOnly} onChange={(e) => onChange('firstOccurrenceOnly', e.currentTarget.checked)} />
        Underline only the first time a term appears on a page
      </label>
      {settings.firstOccurrenceOnly && (
        <fieldset class="levels">
          <legend>Start again</legend>
          {ONCE_CHOICES.map(([value, label]) => (
            <label class="check" key={value}>
              <input type="radio" name="onceIn" value={value} checked={settings.onceIn === value} onChange={() => onChange('onceIn', value)} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Wait before explaining a term under the pointer: {formatNumber(settings.hoverDelayMs)} ms
        <input type="range" name="hoverDelayMs" min={0} max={1500} step={50} value={settings.hoverDelayMs} onChange={(e) => onChange('hoverDelayMs', Number(e.currentTarget.value))} />
      </label>
      <div class="appearance">
        <label>
          Underline style
          <select name="underlineStyle" value={settings.underlineStyle} onChange={(e) => onChange('underlineStyle', e.currentTarget.value as UnderlineStyle)}>
            {UNDERLINE_STYLES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          Underline colour
          <select name="underlineColor" value={settings.underlineColor} onChange={(e) => onChange('underlineColor', e.currentTarget.value as UnderlineColor)}>
            {(Object.keys(UNDERLINE_COLORS) as UnderlineColor[]).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <p class="preview-underline" aria-hidden="true">
          A page will look like this:{' '}
          <span style={{ textDecoration: `underline ${settings.underlineStyle} 2px`, textDecorationColor: UNDERLINE_COLORS[settings.underlineColor], textUnderlineOffset: '3px' }}>biopsy</span>
        </p>
        <label>
          Colours of the explanations and these pages
          <select name="theme" value={settings.theme} onChange={(e) => onChange('theme', e.currentTarget.value as Theme)}>
            {THEMES.map((t) => <option key={t} value={t}>{THEME_LABELS[t]}</option>)}
          </select>
        </label>
      </div>
      {settings.disabledSites.length > 0 && (
        <div>
          <p>Turned off on these sites:</p>
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" onClick={() => onChange('disabledSites', settings.disabledSites.filter((s) => s !== site))}>
                  Turn on again
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
