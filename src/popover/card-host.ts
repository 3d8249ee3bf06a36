// The card frame's place in the page: an extension page in an iframe, inside a closed shadow root
// so that page scripts can reach neither the frame's element nor its address. The content script
// says which term to show and where; the frame says how big the card came out; this places it.
import { OWN_UI_ATTRIBUTE } from '../page/collect';
import { HANDSHAKE, parseFromFrame, type ToFrame } from '../card-frame/frame-messages';
import { placePopover, type Rect } from './position';

export type CardRequest = Omit<Extract<ToFrame, { type: 'show' }>, 'type' | 'seq' | 'maxWidth'> & {
  anchor: Rect;
  viewport: { width: number; height: number };
};

export interface PopoverHost {
  /** Creates the frame ahead of the first hover, so showing a card waits for nothing but the card. */
  prepare(): void;
  /** The pointer rests on a term: the frame may look it up ahead of showing it. */
  preload(termId: string): void;
  /** Shows a card; resolves true once it is on screen, false if superseded or the term is gone. */
  show(request: CardRequest): Promise<boolean>;
  /** Moves the shown card next to its term again (scroll, resize). */
  place(anchor: Rect, viewport: { width: number; height: number }): void;
  hide(): void;
  /** Moves keyboard focus into the card. */
  focus(): void;
  contains(node: Node | null): boolean;
  remove(): void;
}

export interface CardHostEvents {
  /** The user closed the card from inside it (Escape, the close button). */
  onClose(): void;
  /** The pointer entered or left the card (trusted events only). */
  onPointer(inside: boolean): void;
  /** Move to the next (1) or previous (-1) term: its key was pressed inside the card. */
  onStep(by: 1 | -1): void;
}

const HOST_CSS = `:host { all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important; }
iframe { position: fixed; left: 0; top: 0; width: 360px; height: 40px; border: 0; margin: 0; padding: 0;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); background: transparent; color-scheme: normal;
  visibility: hidden; pointer-events: none; }
iframe.hgh-shown { visibility: visible; pointer-events: auto; }`;

/**
 * `frameUrl`: the card page's address (on Chrome a per-session dynamic one, which is what the
 * page's element loads); `frameOrigin`: the origin the loaded card page has (the extension's own),
 * the only one the secret and the port are ever posted to.
 */
export function createCardHost(doc: Document, frameUrl: string, frameOrigin: string, events: CardHostEvents): PopoverHost {
  let host: HTMLElement | null = null;
  let iframe: HTMLIFrameElement | null = null;
  let port: MessagePort | null = null;
  let seq = 0;
  let pending: { seq: number; request: CardRequest; done: (shown: boolean) => void } | null = null;
  let size: { width: number; height: number } | null = null;
  let shownRequest: CardRequest | null = null;
  const secret = crypto.randomUUID();

  const post = (m: ToFrame) => port?.postMessage(m);
  const sendShow = () => {
    if (!pending) return;
    const { request } = pending;
    const { anchor: _a, viewport, ...rest } = request;
    post({ type: 'show', seq: pending.seq, ...rest, maxWidth: Math.max(120, viewport.width - 16) });
  };

  const layout = () => {
    if (!iframe || !size || !shownRequest) return;
    const p = placePopover(shownRequest.anchor, size, shownRequest.viewport);
    const s = iframe.style;
    s.left = `${p.left}px`;
    s.top = `${p.top}px`;
    s.width = `${size.width}px`;
    s.height = `${Math.min(size.height, p.maxHeight)}px`;
  };

  const onFrameMessage = (e: MessageEvent) => {
    const m = parseFromFrame(e.data);
    if (!m) return;
    if (m.type === 'close') return events.onClose();
    if (m.type === 'step') return events.onStep(m.by);
    if (!pending || m.seq !== pending.seq) {
      // A card that changed size while shown (a note opened, a related term): place it again.
      if (m.type === 'ready' && shownRequest && m.seq === seq) (size = { width: m.width, height: m.height }), layout();
      return;
    }
    const { done, request } = pending;
    pending = null;
    if (m.type === 'missing') return done(false);
    size = { width: m.width, height: m.height };
    shownRequest = request;
    layout();
    iframe?.classList.add('hgh-shown');
    done(true);
  };

  // Every load of the frame (the first, or after the page moved our element) gets a new port.
  const handshake = () => {
    const channel = new MessageChannel();
    port?.close();
    port = channel.port1;
    port.onmessage = onFrameMessage;
    iframe?.contentWindow?.postMessage({ type: HANDSHAKE, secret }, frameOrigin, [channel.port2]);
    sendShow();
  };

  const ensure = () => {
    if (host?.isConnected) return;
    if (!host) {
      host = doc.createElement('health-glossary-popover');
      host.setAttribute(OWN_UI_ATTRIBUTE, '');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = HOST_CSS;
      iframe = doc.createElement('iframe');
      iframe.title = 'Glossary card';
      iframe.src = `${frameUrl}#${secret}`;
      iframe.addEventListener('load', handshake);
      shadow.append(style, iframe);
      for (const [type, inside] of [['pointerenter', true], ['pointerleave', false]] as const) {
        host.addEventListener(type, (e) => e.isTrusted && events.onPointer(inside));
      }
    }
    doc.documentElement.append(host);
  };

  return {
    prepare: ensure,
    preload(termId) {
      ensure();
      post({ type: 'preload', termId });
    },
    show(request) {
      ensure();
      pending?.done(false);
      return new Promise<boolean>((done) => {
        pending = { seq: ++seq, request, done };
        sendShow();
      });
    },
    place(anchor, viewport) {
      if (shownRequest) (shownRequest = { ...shownRequest, anchor, viewport }), layout();
    },
    hide() {
      pending?.done(false);
      pending = null;
      shownRequest = null;
      iframe?.classList.remove('hgh-shown');
      post({ type: 'hide' });
    },
    focus() {
      iframe?.focus();
      post({ type: 'focus' });
    },
    contains(node) {
      return !!node && !!host && (node === host || host.contains(node));
    },
    remove() {
      host?.remove();
      port?.close();
    },
  };
}

