declare module 'virtual:shipped-forms' {
  import type { DraftForm } from '../matcher/compile';
  /** Written forms of every shipped entry, by id, compiled at build time. */
  const forms: Record<string, DraftForm[]>;
  export default forms;
}
