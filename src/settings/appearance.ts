// How underlines and our panels look. Underlines are painted from a fixed stylesheet (a page must
// not get style elements from us), so each style and colour pair has its own highlight name.

export const UNDERLINE_STYLES = ['dotted', 'solid', 'dashed', 'wavy', 'double'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

/** Mid-tone colours that stay visible on both light and dark pages. */
export const UNDERLINE_COLORS = {
  blue: '#1a73c8',
  green: '#1e8e3e',
  purple: '#8e44ad',
  orange: '#d35400',
  red: '#c0392b',
} as const;
export type UnderlineColor = keyof typeof UNDERLINE_COLORS;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const BASE_HIGHLIGHT = 'health-glossary-term';

/** The default look keeps the base name; every other pair gets its own. */
export function highlightNameFor(style: UnderlineStyle, color: UnderlineColor): string {
  return style === 'dotted' && color === 'blue' ? BASE_HIGHLIGHT : `${BASE_HIGHLIGHT}--${style}-${color}`;
}

/** The rule that paints one look; underline.css holds one per pair (a unit test keeps them in step). */
export function underlineRule(style: UnderlineStyle, color: UnderlineColor): string {
  return `::highlight(${highlightNameFor(style, color)}) { text-decoration: underline ${style} 2px; text-decoration-color: ${UNDERLINE_COLORS[color]}; text-underline-offset: 3px; }`;
}

export function allUnderlineRules(): string[] {
  return UNDERLINE_STYLES.flatMap((s) => (Object.keys(UNDERLINE_COLORS) as UnderlineColor[]).map((c) => underlineRule(s, c)));
}
