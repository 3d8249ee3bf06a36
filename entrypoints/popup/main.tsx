import { render } from 'preact';
import { browser } from 'wxt/browser';
import { openDatabaseOrNull } from '../../src/db/open';
import { SHIPPED_ENTRIES } from '../../src/glossary/bundled';
import { lemmas } from '../../src/matcher/nlp';
import { announceGlossaryChange, onGlossaryChange } from '../../src/sync/revision';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { addTerm, loadDictionary, pageInfo, showTerm } from '../../src/ui/popup/popup-browser';
import '../../src/ui/popup/popup.css';

render(
  <PopupApp
    db={openDatabaseOrNull()}
    shipped={SHIPPED_ENTRIES}
    lemmas={lemmas}
    openOptions={() => void browser.runtime.openOptionsPage()}
    pageInfo={pageInfo}
    announceChange={announceGlossaryChange}
    showTerm={(termId) => void showTerm(termId)}
    loadDictionary={loadDictionary}
    addTerm={addTerm}
    onExternalChange={onGlossaryChange}
  />,
  document.getElementById('app')!,
);
