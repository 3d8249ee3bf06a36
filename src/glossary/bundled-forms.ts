// Written forms of the shipped entries, compiled at build time (scripts/lib/vite-shipped-forms.ts).
// Only the background needs them; the popup and options pages do not load this.
export { default as SHIPPED_FORMS } from 'virtual:shipped-forms';
