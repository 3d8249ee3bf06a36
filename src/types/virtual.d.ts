declare module 'virtual:shipped-forms' {
  import type { DraftForm } from '../matcher/compile';
  /** Written forms of every shipped entry, by id, compiled at build time. */
  const forms: Record<string, DraftForm[]>;
  export default forms;
}

declare module 'virtual:entry-validator' {
  /** Ajv standalone validator for one glossary entry (glossary/term.schema.json#/definitions/entry). */
  const validate: ((data: unknown) => boolean) & {
    errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
  };
  export default validate;
}
