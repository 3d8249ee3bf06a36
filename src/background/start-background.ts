// Wires the background: one database, one glossary service, the message handlers (each
// validating its input and its sender), seeding on install and update.
import { browser } from 'wxt/browser';
import { openDatabaseOrNull } from '../db/open';
import { seedDatabase } from '../db/seed';
import { GLOSSARY_VERSION, SHIPPED_ENTRIES } from '../glossary/bundled';
import { SHIPPED_FORMS } from '../glossary/bundled-forms';
import { basicInflections } from '../matcher/basic-inflections';
import { EXTENSION_PAGE_ONLY, onMessage, parseMessage, type BackgroundMessage, type WriteResult } from '../messaging/protocol';
import { broadcastRevision } from '../sync/revision';
import { createGlossaryService } from './glossary-service';
import { createRateLimit } from './rate-limit';
import { isExtensionPage, type Sender } from './trusted-sender';

const TOO_MANY: WriteResult = { ok: false, error: 'Too many changes at once: nothing was changed. Try again in a moment.' };
const NO_SUCH_TERM: WriteResult = { ok: false, error: 'This term is no longer in the glossary: nothing was changed.' };

export function startBackground(): void {
  const db = openDatabaseOrNull();
  const service = createGlossaryService(db, SHIPPED_ENTRIES, basicInflections, SHIPPED_FORMS);
  // A person saves a few notes a minute; a loop saves thousands. Index requests: one per frame
  // load and change, so a tab that asks constantly is refused rather than served.
  const writes = createRateLimit(60, 60_000);
  const indexRequests = createRateLimit(30, 10_000);
  const base = browser.runtime.getURL('/');

  /** Checks who may send a message, then parses its data; throws for anything refused. */
  const accept = <K extends BackgroundMessage>(name: K, m: { data: unknown; sender: Sender }) => {
    if (EXTENSION_PAGE_ONLY.has(name) && !isExtensionPage(m.sender, browser.runtime.id, base)) {
      throw new Error(`${name} is answered only to the extension's own pages`);
    }
    return parseMessage(name, m.data);
  };
  const announce = async () => broadcastRevision((await service.getIndex()).revision);
  const write = async (termId: string, work: () => Promise<WriteResult>, tabsCare: boolean) => {
    if (!writes.take('all')) return TOO_MANY;
    if (!(await service.has(termId))) return NO_SUCH_TERM;
    const result = await work();
    if (result.ok && tabsCare) await announce();
    return result;
  };

  onMessage('getIndex', (m) => {
    const { hosts } = accept('getIndex', m);
    const tab = m.sender as { tab?: { id?: number }; frameId?: number };
    if (!indexRequests.take(`${tab.tab?.id ?? 'x'}:${tab.frameId ?? 0}`)) throw new Error('Too many index requests from this frame');
    return service.getIndex(hosts);
  });
  onMessage('lookup', (m) => service.lookup(accept('lookup', m).termId));
  // A note changes nothing that tabs underline: no rebuild, no announcement to the tabs.
  onMessage('saveNote', (m) => {
    const { termId, text, seenOn } = accept('saveNote', m);
    return write(termId, () => service.saveNote(termId, text, seenOn), false);
  });
  onMessage('setKnown', (m) => {
    const { termId, known } = accept('setKnown', m);
    return write(termId, () => service.setKnown(termId, known), true);
  });
  onMessage('glossaryChanged', async (m) => {
    accept('glossaryChanged', m);
    service.invalidate();
    await announce();
  });

  browser.runtime.onInstalled.addListener(() => {
    if (db) void seedDatabase(db, GLOSSARY_VERSION, SHIPPED_ENTRIES.length).catch((e) => console.warn(e));
    // A new release builds its index now, so the first page need not wait for it.
    void service.getIndex().catch((e) => console.warn(e));
  });
}
