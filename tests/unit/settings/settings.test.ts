import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, withDefaults, withSite } from '../../../src/settings/settings';

describe('settings', () => {
  it('fills what the user did not change from the defaults and ignores malformed values', () => {
    expect(withDefaults({})).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ hoverDelayMs: 500, enabled: 'yes', disabledSites: [3], extra: 1 })).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 500 });
    expect(withDefaults({ hoverDelayMs: -1 }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('is off on a site the user turned off, and everywhere when turned off globally', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: withSite(DEFAULT_SETTINGS, 'Example.org', false) };
    expect(isActiveOn(s, 'example.org')).toBe(false);
    expect(isActiveOn(s, 'cancer.gov')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'cancer.gov')).toBe(false);
    expect(withSite(s, 'example.org', true)).toEqual([]);
  });

  it('takes only the underline looks and themes the options page offers', () => {
    expect(withDefaults({ underlineStyle: 'wavy', underlineColor: 'green', theme: 'dark' })).toMatchObject({ underlineStyle: 'wavy', underlineColor: 'green', theme: 'dark' });
    expect(withDefaults({ underlineStyle: 'blink', underlineColor: 'red;}body{display:none', theme: 'sepia' })).toEqual(DEFAULT_SETTINGS);
  });
});
