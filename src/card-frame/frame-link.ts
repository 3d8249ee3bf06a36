// The frame's end of the link to its content script. The page can post messages to this window
// too, so a port is accepted only from the parent window, only with the secret this frame was
// given in its URL, and only once; everything after that arrives on the port.
import { HANDSHAKE, parseToFrame, type FromFrame, type ToFrame } from './frame-messages';

export interface FrameLink {
  send(message: FromFrame): void;
}

export function linkToContentScript(win: Window, onMessage: (m: ToFrame) => void): FrameLink {
  const secret = win.location.hash.slice(1);
  let port: MessagePort | null = null;
  const queued: FromFrame[] = [];
  const onWindowMessage = (e: MessageEvent) => {
    const d = e.data as { type?: unknown; secret?: unknown } | null;
    if (port || e.source !== win.parent || d?.type !== HANDSHAKE || !secret || d.secret !== secret || !(e.ports[0] instanceof MessagePort)) return;
    port = e.ports[0];
    win.removeEventListener('message', onWindowMessage);
    port.onmessage = (m) => {
      const parsed = parseToFrame(m.data);
      if (parsed) onMessage(parsed);
    };
    for (const q of queued.splice(0)) port.postMessage(q);
  };
  win.addEventListener('message', onWindowMessage);
  return {
    send(message) {
      if (port) port.postMessage(message);
      else queued.push(message);
    },
  };
}
