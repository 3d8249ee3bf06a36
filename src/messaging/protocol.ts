// Every message between the page, the popup, the options page and the background, declared once.
// The sending side is typed by ProtocolMap; the background validates each arrival with the
// schemas below, because a content script runs in a hostile page and may be fed anything.
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { CompiledGlossary } from '../matcher/compile';
import type { TermView } from '../glossary/term-view';
import type { Settings } from '../settings/settings';
import { LIMITS } from '../glossary/limits';
import { isPageRef, type PageRef } from '../glossary/page-ref';

/** The settings a page needs: never the list of sites the user turned off. */
export type PageSettings = Omit<Settings, 'disabledSites'>;

export interface IndexPayload {
  /** Changes whenever the glossary or the user's data changes; tabs compare it. */
  revision: number;
  /** Changes only when the compiled forms change: a tab keeps its trie otherwise. */
  compiledRevision: number;
  compiled: CompiledGlossary;
  /** False when IndexedDB could not be opened: the shipped glossary is used and edits cannot be saved. */
  storageAvailable: boolean;
  settings: PageSettings;
  /** Whether this page's sites (the frame's and its top page's) are on. */
  active: boolean;
  /** Terms the user marked as known: not underlined. */
  known: string[];
}

export interface WriteResult {
  ok: boolean;
  /** A sentence for the user when the write failed; nothing was changed. */
  error?: string;
}

/** What a tab's content script reports to the popup. */
export interface PageInfo {
  host: string;
  active: boolean;
  /** The text the reader selected on the page, if short enough to be a word or phrase. */
  selection: string;
  /** Terms found on the page, in page order, with how often each occurs. */
  terms: { termId: string; text: string; count: number }[];
}

const TermId = v.pipe(v.string(), v.minLength(1), v.maxLength(80), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Host = v.pipe(v.string(), v.maxLength(253));

export const schemas = {
  // The host names that decide whether the page is on: the frame's own and its top page's.
  getIndex: v.object({ hosts: v.pipe(v.array(Host), v.maxLength(4)) }),
  lookup: v.object({ termId: TermId }),
  saveNote: v.object({
    termId: TermId,
    text: v.pipe(v.string(), v.maxLength(LIMITS.noteChars)),
    // The page the note was written on; anything that is not a clean http(s) reference is refused.
    seenOn: v.optional(v.custom<PageRef>(isPageRef, 'seenOn must be the title and http(s) address of a page')),
  }),
  setKnown: v.object({ termId: TermId, known: v.boolean() }),
  // An extension page changed the user's data in the database: rebuild and tell the tabs.
  glossaryChanged: v.optional(v.null()),
} as const;

/** Only the extension's own pages (options, popup, the card frame) may read or write personal data. */
export const EXTENSION_PAGE_ONLY: ReadonlySet<BackgroundMessage> = new Set(['lookup', 'saveNote', 'setKnown', 'glossaryChanged']);

export interface ProtocolMap {
  getIndex(data?: v.InferOutput<typeof schemas.getIndex>): IndexPayload;
  lookup(data: v.InferOutput<typeof schemas.lookup>): TermView | null;
  saveNote(data: v.InferOutput<typeof schemas.saveNote>): WriteResult;
  setKnown(data: v.InferOutput<typeof schemas.setKnown>): WriteResult;
  glossaryChanged(data?: null): void;
  /** Popup -> content script of a tab. */
  getPageInfo(data?: null): PageInfo;
  /** Popup -> content script: scroll to the first occurrence of a term and open it. */
  showTerm(data: { termId: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Messages the background answers: each has a schema its data is checked against. */
export type BackgroundMessage = keyof typeof schemas;

/** Parses a message's data on arrival; throws a readable error for anything malformed. */
export function parseMessage<K extends BackgroundMessage>(name: K, data: unknown): v.InferOutput<(typeof schemas)[K]> {
  const result = v.safeParse(schemas[name], data);
  if (!result.success) throw new Error(`Invalid ${name} message: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.output as v.InferOutput<(typeof schemas)[K]>;
}
