import { useEffect } from 'preact/hooks';
import type { Theme } from '../settings/appearance';

/** Applies the user's theme to one of our own pages (options, popup); never used on a web page. */
export function useTheme(doc: Document, theme: Theme): void {
  useEffect(() => {
    doc.documentElement.dataset.theme = theme;
  }, [doc, theme]);
}
