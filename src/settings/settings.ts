// The user's settings. Defaults live here in code; the database stores only what the user
// changed, so a later release can improve a default for everyone who never touched it.

import { THEMES, UNDERLINE_COLORS, UNDERLINE_STYLES, type Theme, type UnderlineColor, type UnderlineStyle } from './appearance';

/** How many terms are underlined: the hardest only, those a lay reader needs explained, or all. */
export const UNDERLINE_LEVELS = ['fewer', 'default', 'all'] as const;
export type UnderlineLevel = (typeof UNDERLINE_LEVELS)[number];

/** Where "only the first time" starts again: on each page, or under each heading of a page. */
export const ONCE_IN = ['page', 'section'] as const;
export type OnceIn = (typeof ONCE_IN)[number];

export interface Settings {
  /** Underline terms at all. */
  enabled: boolean;
  /** Host names where the extension stays off. */
  disabledSites: string[];
  /** How long the pointer must rest on a term before its explanation opens. */
  hoverDelayMs: number;
  /** Underline only the first occurrence of each term on a page. */
  firstOccurrenceOnly: boolean;
  /** With firstOccurrenceOnly: once per page, or once per section (under each heading). */
  onceIn: OnceIn;
  /** Which terms are underlined, by how familiar they are to a lay adult. */
  underlineLevel: UnderlineLevel;
  underlineStyle: UnderlineStyle;
  underlineColor: UnderlineColor;
  /** Our popover, popup and options page: follow the system, or always light or dark. */
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hoverDelayMs: 250,
  firstOccurrenceOnly: false,
  onceIn: 'page',
  underlineLevel: 'default',
  underlineStyle: 'dotted',
  underlineColor: 'blue',
  theme: 'system',
});

const oneOf = <T extends string>(list: readonly T[]) => (v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

const VALIDATORS: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  disabledSites: (v): v is string[] => Array.isArray(v) && v.length <= 10_000 && v.every((s) => typeof s === 'string' && s.length <= 253),
  hoverDelayMs: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 3000,
  firstOccurrenceOnly: (v): v is boolean => typeof v === 'boolean',
  onceIn: oneOf(ONCE_IN),
  underlineLevel: oneOf(UNDERLINE_LEVELS),
  underlineStyle: oneOf(UNDERLINE_STYLES),
  underlineColor: oneOf(Object.keys(UNDERLINE_COLORS) as UnderlineColor[]),
  theme: oneOf(THEMES),
};

/** Stored values over the defaults; anything malformed is ignored rather than trusted. */
export function withDefaults(stored: Readonly<Record<string, unknown>>): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, disabledSites: [...DEFAULT_SETTINGS.disabledSites] };
  for (const key of Object.keys(VALIDATORS) as (keyof Settings)[]) {
    if (!Object.hasOwn(stored, key)) continue;
    const value = stored[key];
    if (VALIDATORS[key](value)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Own keys only: "__proto__", "constructor" or "toString" in a file are not settings. */
export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(VALIDATORS, key);
}

export function isValidSetting<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return isSettingKey(key) && VALIDATORS[key](value);
}

/** Whether the extension underlines on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}

export function withSite(settings: Settings, host: string, on: boolean): string[] {
  const h = host.toLowerCase();
  const rest = settings.disabledSites.filter((s) => s !== h);
  return on ? rest : [...rest, h];
}
