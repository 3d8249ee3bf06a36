// Settings: props in, changes out. The container stores only what differs from the defaults.
import type { Settings } from '../../settings/settings';

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
      <label class="check">
        <input type="checkbox" name="firstOccurrenceOnly" checked={settings.firstOccurrenceOnly} onChange={(e) => onChange('firstOccurrenceOnly', e.currentTarget.checked)} />
        Underline only the first time a term appears on a page
      </label>
      <label>
        Wait before explaining a term under the pointer: {settings.hoverDelayMs} ms
        <input type="range" name="hoverDelayMs" min={0} max={1500} step={50} value={settings.hoverDelayMs} onChange={(e) => onChange('hoverDelayMs', Number(e.currentTarget.value))} />
      </label>
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
