// The card frame's container: an extension page inside the web page, so the user's notes, own
// definitions and everything typed here stay out of the page's reach. The content script says
// which term to show and where it sits; this asks the background for the term (with the note),
// renders it, reports its size, and does what the user asks.
import { useRef, useState } from 'preact/hooks';
import type { TermView } from '../glossary/term-view';
import type { WriteResult } from '../messaging/protocol';
import { Popover } from '../popover/Popover';
import { PageDefinitionCard } from '../ui/PageDefinitionCard';
import { CandidatesCard } from '../ui/CandidatesCard';
import type { FrameLink } from './frame-link';
import type { ToFrame } from './frame-messages';
import { termStep } from '../page/keyboard-nav';

type ShowRequest = Extract<ToFrame, { type: 'show' }>;

export interface CardFrameApi {
  /** Opens the options page to add a term (an abbreviation the page defined, say). */
  addTerm(term: string): void;
  lookup(termId: string): Promise<TermView | null>;
  saveNote(termId: string, text: string, page: ShowRequest['page']): Promise<WriteResult>;
  setKnown(termId: string, known: boolean): Promise<WriteResult>;
}

export interface CardFrameAppProps {
  api: CardFrameApi;
  link: FrameLink;
  /** Calls back with each message from the content script. */
  subscribe: (listener: (m: ToFrame) => void) => void;
}

const PRELOAD_FRESH_MS = 3000;

const failed = (error: unknown): WriteResult => ({ ok: false, error: `Not saved: the extension did not answer (${error instanceof Error ? error.message : 'error'}). Nothing was changed.` });

export function CardFrameApp({ api, link, subscribe }: CardFrameAppProps) {
  const [shown, setShown] = useState<{ request: ShowRequest; view: TermView } | null>(null);
  const [pageDefined, setPageDefined] = useState<ShowRequest | null>(null);
  const [choices, setChoices] = useState<{ request: ShowRequest; views: TermView[] } | null>(null);
  // Unsaved note text per term: kept while this frame lives (the page's life), never stored.
  const drafts = useRef(new Map<string, string>());
  const latest = useRef(0);
  const subscribed = useRef(false);
  // A lookup started while the hover delay runs; used once, and only while fresh.
  const preloaded = useRef<{ termId: string; at: number; view: Promise<TermView | null> } | null>(null);
  const lookup = (termId: string) => api.lookup(termId).catch(() => null);

  /** Shows `termId` for `request`, unless the content script asked for something newer meanwhile. */
  const display = async (request: ShowRequest, termId: string, early?: Promise<TermView | null>) => {
    const view = await (early ?? lookup(termId));
    if (latest.current !== request.seq) return;
    if (!view) return link.send({ type: 'missing', seq: request.seq });
    setPageDefined(null);
    setChoices(null);
    setShown({ request, view });
  };
  const showChoices = async (request: ShowRequest, ids: readonly string[]) => {
    const views = (await Promise.all(ids.map(lookup))).filter((v): v is TermView => v !== null);
    if (latest.current !== request.seq) return;
    if (views.length === 0) return link.send({ type: 'missing', seq: request.seq });
    setShown(null);
    setChoices({ request, views });
  };
  const show = (request: ShowRequest) => {
    latest.current = request.seq;
    setChoices(null);
    if (request.pageDefinition) return setPageDefined(request);
    if (request.candidates) return void showChoices(request, request.candidates);
    const early = preloaded.current;
    preloaded.current = null;
    const fresh = early && early.termId === request.termId && Date.now() - early.at < PRELOAD_FRESH_MS;
    void display(request, request.termId, fresh ? early.view : undefined);
  };
  if (!subscribed.current) {
    subscribed.current = true;
    // The keys that move between terms work with the card focused too (outside a text field).
    document.addEventListener('keydown', (e) => {
      // Escape closes the card wherever focus is in it (a control that just went away included).
      if (e.key === 'Escape' && e.isTrusted) return link.send({ type: 'close' });
      const by = termStep(e);
      if (by === 0 || !e.isTrusted || (e.target as Element | null)?.closest?.('textarea, input')) return;
      e.preventDefault();
      link.send({ type: 'step', by });
    });
    subscribe((m) => {
      if (m.type === 'show') show(m);
      else if (m.type === 'preload') preloaded.current = { termId: m.termId, at: Date.now(), view: lookup(m.termId) };
      else if (m.type === 'hide') {
        latest.current += 0.5;
        setShown(null);
      } else document.querySelector<HTMLElement>('.hgh-popover')?.focus();
    });
  }
  /** What every card in the frame is wired to: its request's look, closing, and its size reported. */
  const framed = (request: ShowRequest) => ({
    pinned: request.pinned,
    theme: request.theme,
    maxWidth: request.maxWidth,
    onClose: () => link.send({ type: 'close' }),
    onLayout: (el: HTMLElement) => link.send({ type: 'ready', seq: request.seq, width: Math.ceil(el.offsetWidth), height: Math.ceil(el.scrollHeight) }),
  });
  if (pageDefined?.pageDefinition) {
    const { abbreviation, longForm } = pageDefined.pageDefinition;
    return (
      <Popover
        {...framed(pageDefined)}
        body={<PageDefinitionCard abbreviation={abbreviation} longForm={longForm} headingId="hgh-popover-term" {...(pageDefined.pinned ? { onAdd: () => api.addTerm(abbreviation) } : {})} />}
      />
    );
  }
  if (choices) {
    const { request, views } = choices;
    return (
      <Popover
        {...framed(request)}
        body={<CandidatesCard written={request.matchedText} views={views} headingId="hgh-popover-term" {...(request.pinned ? { onOpen: (id: string) => void display(request, id) } : {})} />}
      />
    );
  }
  if (!shown) return null;
  const { request, view } = shown;
  const id = view.entry.id;
  const refresh = async (result: Promise<WriteResult>) => {
    const r = await result.catch(failed);
    if (r.ok) await display(request, id);
    return r;
  };
  return (
    <Popover
      view={view}
      matchedText={id === request.termId ? request.matchedText : ''}
      {...framed(request)}
      draft={drafts.current.get(id)}
      onDraftChange={(text) => (text === undefined ? drafts.current.delete(id) : drafts.current.set(id, text))}
      actions={{
        saveNote: (text) => refresh(api.saveNote(id, text, request.page)),
        setKnown: (known) => refresh(api.setKnown(id, known)),
        openRelated: (relatedId) => void display(request, relatedId),
      }}
    />
  );
}
