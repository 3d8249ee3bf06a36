// Wires the background: one database, one glossary service, the message handlers (each
// validating its input), seeding on install and update, and cache invalidation on change.
import { browser } from 'wxt/browser';
import { openDatabaseOrNull } from '../db/open';
import { seedDatabase } from '../db/seed';
import { GLOSSARY_VERSION, SHIPPED_ENTRIES } from '../glossary/bundled';
import { SHIPPED_FORMS } from '../glossary/bundled-forms';
import { basicInflections } from '../matcher/basic-inflections';
import { onMessage, parseMessage, type WriteResult } from '../messaging/protocol';
import { announceGlossaryChange, onGlossaryChange } from '../sync/revision';
import { cacheIndex } from '../sync/index-cache';
import { createGlossaryService } from './glossary-service';

async function announceIfSaved(result: WriteResult): Promise<WriteResult> {
  if (result.ok) await announceGlossaryChange();
  return result;
}

export function startBackground(): void {
  const db = openDatabaseOrNull();
  const service = createGlossaryService(db, SHIPPED_ENTRIES, basicInflections, SHIPPED_FORMS);

  onMessage('getIndex', (m) => {
    parseMessage('getIndex', m.data);
    return cacheIndex(() => service.getIndex());
  });
  onMessage('lookup', (m) => service.lookup(parseMessage('lookup', m.data).termId));
  onMessage('saveNote', async (m) => {
    const { termId, text, seenOn } = parseMessage('saveNote', m.data);
    return announceIfSaved(await service.saveNote(termId, text, seenOn));
  });
  onMessage('setKnown', async (m) => {
    const { termId, known } = parseMessage('setKnown', m.data);
    return announceIfSaved(await service.setKnown(termId, known));
  });

  onGlossaryChange(() => service.invalidate());

  browser.runtime.onInstalled.addListener(() => {
    if (db) void seedDatabase(db, GLOSSARY_VERSION, SHIPPED_ENTRIES.length).catch((e) => console.warn(e));
    // A new release has no cached index yet: build it now, so the first page need not wait for it.
    void cacheIndex(() => service.getIndex()).catch((e) => console.warn(e));
  });
}
