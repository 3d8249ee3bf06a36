// The messages between a page's content script and the card frame (an extension page inside the
// page), declared once. They travel over a MessagePort handed over with a secret that only the
// content script and the frame know, and each side checks every message's shape on arrival.
import * as v from 'valibot';
import { THEMES } from '../settings/appearance';

const TermId = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const toFrame = v.variant('type', [
  v.object({
    type: v.literal('show'),
    /** Increases with every show, so a late answer for an older request is ignored. */
    seq: v.number(),
    /** Empty when the page defines the abbreviation in a sense the glossary does not have. */
    termId: v.union([TermId, v.literal('')]),
    pageDefinition: v.optional(v.object({ abbreviation: v.pipe(v.string(), v.maxLength(40)), longForm: v.pipe(v.string(), v.maxLength(200)) })),
    /** The senses an abbreviation may have, when nothing on the page decides: the card lists them. */
    candidates: v.optional(v.pipe(v.array(TermId), v.maxLength(8))),
    /** The words as the page wrote them. */
    matchedText: v.pipe(v.string(), v.maxLength(200)),
    pinned: v.boolean(),
    theme: v.picklist(THEMES),
    /** The widest the card may be (the page's viewport minus a margin). */
    maxWidth: v.pipe(v.number(), v.minValue(120), v.maxValue(4000)),
    /** The page a note written now is "seen on"; absent in private windows. */
    page: v.optional(v.object({ title: v.pipe(v.string(), v.maxLength(300)), url: v.pipe(v.string(), v.maxLength(2048)) })),
  }),
  /** The pointer came to rest on a term: look it up now, so the card is ready when the delay ends. */
  v.object({ type: v.literal('preload'), termId: TermId }),
  v.object({ type: v.literal('hide') }),
  v.object({ type: v.literal('focus') }),
]);
export type ToFrame = v.InferOutput<typeof toFrame>;

export const fromFrame = v.variant('type', [
  /** The card for request `seq` is rendered: its size, for the content script to place the frame. */
  v.object({ type: v.literal('ready'), seq: v.number(), width: v.number(), height: v.number() }),
  /** The term does not exist (any more): nothing to show. */
  v.object({ type: v.literal('missing'), seq: v.number() }),
  /** The user closed the card (Escape, the close button). */
  v.object({ type: v.literal('close') }),
  /** The user pressed the next or previous term's key while the card had focus. */
  v.object({ type: v.literal('step'), by: v.picklist([1, -1]) }),
]);
export type FromFrame = v.InferOutput<typeof fromFrame>;

/** The first message on the window: hands the frame its port, with the secret from its URL. */
export const HANDSHAKE = 'health-glossary-card-port';

export function parseToFrame(data: unknown): ToFrame | null {
  const r = v.safeParse(toFrame, data);
  return r.success ? r.output : null;
}

export function parseFromFrame(data: unknown): FromFrame | null {
  const r = v.safeParse(fromFrame, data);
  return r.success ? r.output : null;
}
